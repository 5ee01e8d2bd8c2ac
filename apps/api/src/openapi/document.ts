import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { problemSchema } from '@multaqa/contract';
import {
  contractComponents,
  schemaRef,
  tidySchemas,
} from '../common/validation/openapi-schemas.js';
import { documentAccess, SESSION_SCHEME } from './access.js';

/** The OpenAPI document, built from the controllers and the contract's zod schemas. */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Multaqa API')
    .setDescription(
      'Training programs and international events. Errors are application/problem+json (RFC 9457) with a stable `code`.',
    )
    .setVersion('0.1.0')
    // Relative: the document describes whichever host serves it.
    .addServer('/', 'The server that serves this document')
    .addCookieAuth(
      'multaqa_session',
      {
        type: 'apiKey',
        in: 'cookie',
        description: 'The session cookie set by POST /api/auth/login.',
      },
      SESSION_SCHEME,
    )
    .build();
  const document = SwaggerModule.createDocument(app, config);
  document.components ??= {};
  document.components.schemas = {
    ...(document.components.schemas ?? {}),
    ...(contractComponents() as Record<string, object>),
  };
  // Every operation may answer with a problem; say so once for the generated client.
  const problem = {
    description: 'Problem',
    content: { 'application/problem+json': { schema: schemaRef(problemSchema) } },
  };
  for (const path of Object.values(document.paths)) {
    for (const operation of Object.values(path)) {
      if (operation && typeof operation === 'object' && 'responses' in operation) {
        (operation.responses as Record<string, unknown>)['4XX'] = problem;
      }
    }
  }
  documentAccess(app, document);
  tidySchemas(document);
  return document;
}
