import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import { describeIssue, issuePath, type Problem } from '@multaqa/contract';
import { ThrottlerException } from '@nestjs/throttler';
import type { Request, Response } from 'express';
import type { TFunction } from 'i18next';
import { negotiateLanguage, translator } from '../i18n/i18n.js';
import type { AuthenticatedRequest } from '../auth/current-user.js';
import { DomainException, type ErrorParams } from './domain.exception.js';
import { ValidationException } from './validation.exception.js';

interface Described {
  status: number;
  code: string;
  params?: ErrorParams;
  errors?: Problem['errors'];
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
    const req = http.getRequest<Request & Partial<AuthenticatedRequest>>();
    const res = http.getResponse<Response>();
    const lang = negotiateLanguage(req.headers['accept-language'], req.user?.preferredLanguage);
    const t = translator(lang);
    const described = this.describe(exception, req, t);
    if (described.status >= 500) {
      this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    }
    const params = Object.fromEntries(
      Object.entries(described.params ?? {}).map(([key, value]) => [
        key,
        typeof value === 'string' && value.startsWith('terms.') ? t(value) : value,
      ]),
    );
    const detail = t(`errors.${described.code}`, params);
    const body: Problem = {
      type: `https://multaqa.dev/problems/${described.code.replaceAll('_', '-')}`,
      title: detail,
      status: described.status,
      detail,
      code: described.code,
      instance: req.originalUrl,
      ...(described.errors ? { errors: described.errors } : {}),
    };
    res.status(described.status).type('application/problem+json').send(JSON.stringify(body));
  }

  private describe(exception: unknown, req: Request, t: TFunction): Described {
    if (exception instanceof DomainException) {
      return { status: exception.status, code: exception.code, params: exception.params };
    }
    if (exception instanceof ValidationException) {
      return {
        status: HttpStatus.BAD_REQUEST,
        code: 'validation_failed',
        errors: exception.issues.map((issue) => {
          const { key, params } = describeIssue(issue);
          return { path: issuePath(issue), code: key.replace(/^validation\./, ''), message: t(key, params) };
        }),
      };
    }
    if (exception instanceof ThrottlerException) {
      return { status: HttpStatus.TOO_MANY_REQUESTS, code: 'rate_limited' };
    }
    if (exception instanceof HttpException) {
      return this.describeHttp(exception, req);
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
