import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import { countryName } from '../../geography/countries.js';
import { describeIssue, issuePath, type Language, type Problem } from '@multaqa/contract';
import type { Request, Response } from 'express';
import { QueryFailedError } from 'typeorm';
import type { z } from 'zod';
import { requestLanguage, translator } from '../i18n/i18n.js';
import { DomainException, type ErrorParams, type FieldProblem } from './domain.exception.js';
import { ValidationException } from './validation.exception.js';

export interface Described {
  status: number;
  code: string;
  params?: ErrorParams;
  issues?: z.core.$ZodIssue[];
  fields?: FieldProblem[];
  extensions?: Record<string, unknown>;
}

/**
 * The one place exceptions become HTTP answers: RFC 9457 problem+json with a stable code and
 * a message in the caller's language. Anything unexpected is logged and answered as 500.
 */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const req = http.getRequest<Request>();
    const res = http.getResponse<Response>();
    const described = this.describe(exception, req);
    if (described.status >= 500) {
      this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    }
    sendProblem(req, res, described);
  }

  private describe(exception: unknown, req: Request): Described {
    if (exception instanceof DomainException) {
      return {
        status: exception.status,
        code: exception.code,
        params: exception.params,
        fields: exception.fields,
        extensions: exception.extensions,
      };
    }
    if (exception instanceof ValidationException) {
      return {
        status: HttpStatus.BAD_REQUEST,
        code: 'validation_failed',
        issues: exception.issues,
      };
    }
    if (exception instanceof HttpException) {
      return this.describeHttp(exception, req);
    }
    // A unique constraint caught what the service's own checks could not see in time
    // (two writes racing): the caller can simply try again.
    if (
      exception instanceof QueryFailedError &&
      (exception.driverError as { code?: string }).code === '23505'
    ) {
      this.logger.warn(`Unique violation answered as 409: ${exception.message}`);
      return { status: HttpStatus.CONFLICT, code: 'concurrent_change' };
    }
    return { status: HttpStatus.INTERNAL_SERVER_ERROR, code: 'internal_error' };
  }

  /** Errors raised by Nest or Express themselves: unknown routes, unreadable bodies. */
  private describeHttp(exception: HttpException, req: Request): Described {
    const status = exception.getStatus();
    const cause = exception.cause;
    if (status === HttpStatus.NOT_FOUND) {
      return {
        status,
        code: 'route_not_found',
        params: { method: req.method, path: req.originalUrl.split('?')[0] },
      };
    }
    if (status === HttpStatus.PAYLOAD_TOO_LARGE) return { status, code: 'payload_too_large' };
    if (status === HttpStatus.BAD_REQUEST && cause instanceof SyntaxError) {
      return { status, code: 'malformed_json', params: { reason: cause.message } };
    }
    if (status === HttpStatus.UNAUTHORIZED) return { status, code: 'unauthenticated' };
    if (status === HttpStatus.FORBIDDEN) return { status, code: 'forbidden' };
    if (status === HttpStatus.SERVICE_UNAVAILABLE) return { status, code: 'service_unavailable' };
    if (status >= 500) return { status: HttpStatus.INTERNAL_SERVER_ERROR, code: 'internal_error' };
    return { status, code: 'bad_request' };
  }
}

/** The message of an error code in `lang`, its `terms.` and `country:` parameters translated too. */
export function problemDetail(code: string, params: ErrorParams = {}, lang: Language): string {
  const t = translator(lang);
  const translated = Object.fromEntries(
    Object.entries(params).map(([key, value]) => [
      key,
      typeof value !== 'string'
        ? value
        : value.startsWith('terms.')
          ? t(value)
          : value.startsWith('country:')
            ? countryName(value.slice('country:'.length), lang)
            : value,
    ]),
  );
  return t(`errors.${code}`, translated);
}

/** Writes a problem+json answer, translated for the caller. Also used outside Nest's filters. */
export function sendProblem(req: Request, res: Response, described: Described): void {
  const lang = requestLanguage(req);
  const t = translator(lang);
  const detail = problemDetail(described.code, described.params, lang);
  const body: Problem = {
    type: `https://multaqa.dev/problems/${described.code.replaceAll('_', '-')}`,
    title: detail,
    status: described.status,
    detail,
    code: described.code,
    instance: req.originalUrl,
  };
  if (described.fields?.length) {
    body.errors = described.fields.map(({ path, code }) => ({
      path,
      code,
      message: t(`validation.${code}`),
    }));
  }
  if (described.issues) {
    body.errors = described.issues.map((issue) => {
      const { key, params: issueParams } = describeIssue(issue);
      return {
        path: issuePath(issue),
        code: key.replace(/^validation\./, ''),
        message: t(key, issueParams),
      };
    });
  }
  const retryAfter = described.extensions?.retryAfter;
  if (described.status === 429 && typeof retryAfter === 'number') {
    res.setHeader('Retry-After', String(retryAfter));
  }
  res
    .status(described.status)
    .type('application/problem+json')
    .send(JSON.stringify({ ...body, ...described.extensions }));
}
