import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import { ProblemFilter } from './common/errors/problem.filter.js';
import { sameOriginJsonWrites } from './common/http/same-origin-json.js';
import { SPREADSHEET_TYPES, spreadsheetBody } from './common/http/spreadsheet-body.js';
import { serveWebApp } from './common/http/web-app.js';
import { createLogger, httpLogger, PinoNestLogger } from './common/logging/logger.js';
import type { AppConfig } from './config/app-config.js';
import { APP_CONFIG } from './config/config.module.js';
import { buildOpenApiDocument } from './openapi/document.js';
import { SESSION_COOKIE } from './auth/auth.service.js';
import { WELL_KNOWN_ROUTES } from './credentials/well-known.controller.js';

/** Routes live under /api, except did:web and JWKS: verifiers look for them at the host's root. */
export function setApiPrefix(app: NestExpressApplication): void {
  app.setGlobalPrefix('api', { exclude: WELL_KNOWN_ROUTES });
}

/** Everything main.ts and the e2e tests must configure the same way. */
export function configureApp(app: NestExpressApplication): void {
  const config = app.get<AppConfig>(APP_CONFIG);
  const logger = createLogger(config.LOG_LEVEL);
  app.useLogger(new PinoNestLogger(logger));
  app.use(httpLogger(logger));
  setApiPrefix(app);
  app.useGlobalFilters(new ProblemFilter());
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          // Mantine writes CSS variables in style attributes.
          'style-src': ["'self'", "'unsafe-inline'"],
          // The certificate template editor shows the preview PDF from a blob: URL in a frame.
          'frame-src': ["'self'", 'blob:'],
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
        paths: [
          /^\/participants\/import(\/|$)/,
          /^\/events\/[^/]+\/registrations\/import(\/|$)/,
          /^\/certificate-assets\/?$/,
        ],
        // Certificate images come as a multipart form (field `file`).
        types: [...SPREADSHEET_TYPES, 'multipart/form-data'],
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
