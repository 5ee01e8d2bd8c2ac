import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import express, { type NextFunction, type Request, type Response } from 'express';
import expressStaticGzip from 'express-static-gzip';
import helmet from 'helmet';
import { ProblemFilter } from './common/errors/problem.filter.js';
import { loginRateLimit } from './common/http/login-rate-limit.js';
import { createLogger, httpLogger, PinoNestLogger } from './common/logging/logger.js';
import type { AppConfig } from './config/app-config.js';
import { APP_CONFIG } from './config/config.module.js';
import { buildOpenApiDocument } from './openapi/document.js';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Everything main.ts and the e2e tests must configure the same way. */
export function configureApp(app: NestExpressApplication): void {
  const config = app.get<AppConfig>(APP_CONFIG);
  const logger = createLogger(config.LOG_LEVEL);
  app.useLogger(new PinoNestLogger(logger));
  app.use(httpLogger(logger));
  app.setGlobalPrefix('api');
  app.useGlobalFilters(new ProblemFilter());
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          // Mantine writes CSS variables in style attributes.
          'style-src': ["'self'", "'unsafe-inline'"],
          'upgrade-insecure-requests': config.COOKIE_SECURE ? [] : null,
        },
      },
    }),
  );
  app.use(cookieParser());
  const guessing = loginRateLimit(config.LOGIN_RATE_LIMIT, config.LOGIN_RATE_WINDOW_SECONDS);
  app.use(['/api/auth/login', '/api/auth/password-reset'], guessing);
  // Spreadsheets for the participant import arrive as the raw request body.
  app.use(
    ['/api/participants/import', '/api/events/:eventId/registrations/import'],
    express.raw({ type: ['text/csv', XLSX_TYPE], limit: '20mb' }),
  );
  app.useBodyParser('json', { limit: '1mb' });
  SwaggerModule.setup('api/docs', app, () => buildOpenApiDocument(app), {
    jsonDocumentUrl: 'api/docs-json',
  });
  serveWebApp(app, config.WEB_DIST_DIR);
  app.enableShutdownHooks();
}

/**
 * The built web app at `/`, with every non-API path falling back to index.html. Text files are
 * sent as the brotli or gzip copies the web build wrote beside them (with `Vary:
 * Accept-Encoding`), so a phone downloads the compressed size and the server compresses nothing.
 */
function serveWebApp(app: INestApplication, distDir: string): void {
  const index = join(distDir, 'index.html');
  if (!existsSync(index)) return;
  const compressed = (
    dir: string,
    serveStatic: expressStaticGzip.ExpressStaticGzipOptions['serveStatic'],
  ) =>
    expressStaticGzip(dir, {
      enableBrotli: true,
      orderPreference: ['br', 'gz'],
      index: false,
      serveStatic,
    });
  // File names under /assets carry a content hash: a new build means new names.
  app.use(
    '/assets',
    compressed(join(distDir, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }),
  );
  app.use(compressed(distDir, { index: false }));
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || req.path.startsWith('/api')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}
