import { HttpStatus } from '@nestjs/common';
import { MIN_PASSWORD_SCORE, personalWords } from '@multaqa/contract';
import { DomainException } from '../common/errors/domain.exception.js';

type Estimate = (password: string, personal: string[]) => number;
let estimator: Promise<Estimate> | undefined;

/** Loaded on first use, not at start: the dictionaries take a few hundred ms to parse. */
function loadEstimator(): Promise<Estimate> {
  estimator ??= Promise.all([import('@zxcvbn-ts/core'), import('@zxcvbn-ts/language-common')]).then(
    ([{ ZxcvbnFactory }, { dictionary, adjacencyGraphs }]) => {
      const zxcvbn = new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });
      return (password, personal) => zxcvbn.check(password, personalWords(personal)).score;
    },
  );
  return estimator;
}

/**
 * Refuses common and guessable passwords (dictionary words, keyboard walks, dates, the
 * person's own name or email), not just short ones. This is the authoritative check; the web
 * form only mirrors it as feedback.
 */
export async function assertStrongPassword(password: string, personal: string[] = []) {
  const estimate = await loadEstimator();
  if (estimate(password, personal) < MIN_PASSWORD_SCORE) {
    throw new DomainException('weak_password', HttpStatus.UNPROCESSABLE_ENTITY, {}, [
      { path: 'password', code: 'password_weak' },
    ]);
  }
}
