import { HttpStatus } from '@nestjs/common';

export type ErrorParams = Record<string, string | number>;

/**
 * An error a person can act on: a stable `code` (for clients and tests), an HTTP status, and
 * parameters for the translated message. The problem filter turns it into RFC 9457 JSON.
 * Parameters whose value starts with `terms.` are translated too (e.g. a status name).
 */
export interface FieldProblem {
  path: string;
  /** A key under `validation.` in the contract's messages. */
  code: string;
}

export class DomainException extends Error {
  constructor(
    readonly code: string,
    readonly status: HttpStatus,
    readonly params: ErrorParams = {},
    readonly fields: FieldProblem[] = [],
    /** Extra machine-readable detail, e.g. the bookings a session collides with. */
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(code);
  }
}

export const notFound = (resource: string) =>
  new DomainException('not_found', HttpStatus.NOT_FOUND, { resource: `terms.${resource}` });

export const conflict = (code: string, params?: ErrorParams) =>
  new DomainException(code, HttpStatus.CONFLICT, params);

export const unprocessable = (code: string, params?: ErrorParams) =>
  new DomainException(code, HttpStatus.UNPROCESSABLE_ENTITY, params);

export const forbidden = (code: string, params?: ErrorParams) =>
  new DomainException(code, HttpStatus.FORBIDDEN, params);
