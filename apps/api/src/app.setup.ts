import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { ProblemFilter } from './common/errors/problem.filter.js';
import { sameOriginJsonWrites } from './common/http/same-origin-json.js';
import { SPREADSHEET_TYPES, spreadsheetBody } from './common/http/spreadsheet-body.js';
import { createLogger, httpLogger, PinoNestLogger } from './common/logging/logger.js';
import type { AppConfig } from './config/app-config.js';
import { APP_CONFIG } from './config/config.module.js';
import { buildOpenApiDocument } from './openapi/document.js';
import { SESSION_COOKIE } from './auth/auth.service.js';

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
  // Rate limits count the address this decides: the socket's peer, or a trusted proxy's client.
  app.set('trust proxy', config.TRUST_PROXY);
  app.use(cookieParser());
  app.use(
    '/api',
    sameOriginJsonWrites({
      sessionCookie: SESSION_COOKIE,
      publicUrl: config.PUBLIC_URL,
      uploads: {
        paths: [/^\/participants\/import(\/|$)/, /^\/events\/[^/]+\/registrations\/import(\/|$)/],
        types: SPREADSHEET_TYPES,
      },
    }),
  );
  app.use(
    ['/api/participants/import', '/api/events/:eventId/registrations/import'],
    spreadsheetBody(config.IMPORT_MAX_BYTES),
  );
  app.useBodyParser('json', { limit: '1mb' });
  SwaggerModule.setup('api/docs', app, () => buildOpenApiDocument(app), {
    jsonDocumentUrl: 'api/docs-json',
  });
  serveWebApp(app, config.WEB_DIST_DIR);
  app.enableShutdownHooks();
}

/** The built web app at `/`, with every non-API path falling back to index.html. */
function serveWebApp(app: INestApplication, distDir: string): void {
  const index = join(distDir, 'index.html');
  if (!existsSync(index)) return;
  app.use(
    '/assets',
    express.static(join(distDir, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }),
  );
  app.use(express.static(distDir, { index: false }));
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || req.path.startsWith('/api')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}
