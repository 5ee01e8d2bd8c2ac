import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import express from 'express';
import helmet from 'helmet';
import { ProblemFilter } from './common/errors/problem.filter.js';
import { loginRateLimit } from './common/http/login-rate-limit.js';
import { serveWebApp } from './common/http/web-app.js';
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
