import { HttpStatus } from '@nestjs/common';
import { DomainException } from './domain.exception.js';

/**
 * A field that is well-formed but names something that does not exist (an unknown country,
 * a package id nobody has): 422 with the field path, like a validation error.
 */
export function invalidField(path: string, code: string): DomainException {
  return new DomainException('invalid_reference', HttpStatus.UNPROCESSABLE_ENTITY, {}, [
    { path, code },
  ]);
}
