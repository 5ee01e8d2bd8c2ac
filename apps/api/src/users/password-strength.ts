import { HttpStatus } from '@nestjs/common';
import { MIN_PASSWORD_SCORE, personalWords } from '@multaqa/contract';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import { DomainException } from '../common/errors/domain.exception.js';

let estimator: ZxcvbnFactory | undefined;

/**
 * Refuses common and guessable passwords (dictionary words, keyboard walks, dates, the
 * person's own name or email), not just short ones. This is the authoritative check; the web
 * form only mirrors it as feedback.
 */
export function assertStrongPassword(password: string, personal: string[] = []): void {
  // Built on first use: the dictionaries take ~100 ms to load.
  estimator ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });
  if (estimator.check(password, personalWords(personal)).score < MIN_PASSWORD_SCORE) {
    throw new DomainException('weak_password', HttpStatus.UNPROCESSABLE_ENTITY, {}, [
      { path: 'password', code: 'password_weak' },
    ]);
  }
}
