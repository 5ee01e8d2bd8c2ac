import type { z } from 'zod';

/** Thrown by the zod pipe; the problem filter lists each issue with its field path. */
export class ValidationException extends Error {
  constructor(readonly issues: z.core.$ZodIssue[]) {
    super('validation_failed');
  }
}
