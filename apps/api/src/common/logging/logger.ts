import type { IncomingMessage, ServerResponse } from 'node:http';
import type { LoggerService } from '@nestjs/common';
import { pino, type Logger } from 'pino';
import { pinoHttp } from 'pino-http';

export function createLogger(level: string): Logger {
  // process.stdout rather than pino's own file descriptor writer, so a test can read the log.
  return pino({ level }, process.stdout);
}

/**
 * What a request line keeps: method, path and status. Never the query string (search terms,
 * emails, tokens from links), headers (cookies) or bodies: the log is read by more people
 * than the data it would copy.
 */
/** Paths whose last part is a secret (a personal evaluation link's token). */
const SECRET_PATHS = /^(\/api\/public\/evaluations\/)[^/]+/;

const serializers = {
  req: (req: IncomingMessage & { id?: unknown; originalUrl?: string }) => ({
    id: req.id,
    method: req.method,
    path: (req.originalUrl ?? req.url)?.split('?')[0].replace(SECRET_PATHS, '$1[redacted]'),
  }),
  res: (res: ServerResponse) => ({ statusCode: res.statusCode }),
};

/** One JSON line per API request, with status and duration. */
export function httpLogger(logger: Logger) {
  return pinoHttp({
    logger,
    serializers,
    // Our serializers read the raw request, not pino's pre-serialized copy of it.
    wrapSerializers: false,
    autoLogging: { ignore: (req) => !req.url?.startsWith('/api') },
  });
}
/** Nest's wiring report: a line per module and per route at every start, noise at `info`. */
const WIRING_CONTEXTS = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer']);

/** Nest's own messages (startup, errors) through the same pino logger. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, context?: string) {
    if (context && WIRING_CONTEXTS.has(context)) this.logger.debug({ context }, String(message));
    else this.logger.info({ context }, String(message));
  }
  error(message: unknown, trace?: string, context?: string) {
    this.logger.error({ context, trace }, String(message));
  }
  warn(message: unknown, context?: string) {
    this.logger.warn({ context }, String(message));
  }
  debug(message: unknown, context?: string) {
    this.logger.debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string) {
    this.logger.trace({ context }, String(message));
  }
}
