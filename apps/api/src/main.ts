import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module.js';
import { configureApp } from './app.setup.js';
import { type AppConfig, validateEnv } from './config/app-config.js';
import { APP_CONFIG } from './config/config.module.js';
import { DEMO_PASSWORD, demoUsers } from './database/seed/demo-data.js';

/** A worker process: the same modules, no HTTP; it takes the queued jobs. */
async function bootstrapWorker(): Promise<void> {
  const app = await NestFactory.createApplicationContext(AppModule, { bufferLogs: true });
  app.enableShutdownHooks();
  process.stdout.write('\nMultaqa worker is running\n');
}

async function bootstrap(): Promise<void> {
  if (validateEnv(process.env).PROCESS_ROLE === 'worker') return bootstrapWorker();
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { bufferLogs: true });
  configureApp(app);
  const config = app.get<AppConfig>(APP_CONFIG);
  await app.listen(config.PORT, config.HOST);
  const url = `http://localhost:${config.PORT}`;
  // Demo accounts have a known password only outside production.
  const accounts =
    config.SEED_DEMO && config.NODE_ENV !== 'production'
      ? [
          '',
          'Demo accounts (password: ' + DEMO_PASSWORD + '):',
          ...demoUsers.map((u) => `  ${u.roles.join(', ').padEnd(12)} ${u.email}`),
        ]
      : [];
  process.stdout.write(
    [``, `Multaqa is running at ${url}`, `API docs: ${url}/api/docs`, ...accounts, ``].join('\n') +
      '\n',
  );
}

bootstrap().catch((error: unknown) => {
  process.stderr.write(
    `Multaqa could not start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
