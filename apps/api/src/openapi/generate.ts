import { writeFileSync } from 'node:fs';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from '../app.module.js';
import { setApiPrefix } from '../app.setup.js';
import { buildOpenApiDocument } from './document.js';

/**
 * Prints the OpenAPI document without a database: preview mode builds the module graph but
 * instantiates no providers. `scripts/contract.mjs` turns it into the web app's types.
 */
const app = await NestFactory.create<NestExpressApplication>(AppModule, {
  preview: true,
  logger: false,
});
setApiPrefix(app);
const document = buildOpenApiDocument(app);
const out = process.argv[2];
const json = `${JSON.stringify(document, null, 2)}\n`;
if (out) writeFileSync(out, json);
else process.stdout.write(json);
await app.close();
