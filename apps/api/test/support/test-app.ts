import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import type { Role } from '@multaqa/contract';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AppModule } from '../../src/app.module.js';
import { configureApp } from '../../src/app.setup.js';
import { type AppConfig, validateEnv } from '../../src/config/app-config.js';
import { APP_CONFIG } from '../../src/config/config.module.js';
import { hashPassword } from '../../src/users/passwords.js';
import { UserEntity } from '../../src/users/user.entity.js';
import { createDatabase } from './test-database.js';

export const TEST_PASSWORD = 'correct-horse-battery';
const passwordHash = hashPassword(TEST_PASSWORD);

export interface TestApp {
  app: NestExpressApplication;
  /** A fresh client (no cookie kept) that, like a browser on our own page, says same-origin. */
  http: () => ReturnType<typeof browserClient>;
  db: DataSource;
  databaseUrl: string;
  /** A user with these roles, created directly in the database, and an agent signed in as them. */
  signIn: (
    roles: Role[],
    email?: string,
  ) => Promise<{ agent: ReturnType<typeof request.agent>; user: UserEntity }>;
  /** Resolves once the registration-decisions worker has decided every submission of the event. */
  decided: (eventId: string) => Promise<void>;
  close: () => Promise<void>;
}

let counter = 0;

/** What a browser adds to every request from our own pages; writes with the cookie need it. */
export const browserClient = (app: NestExpressApplication) =>
  request.agent(app.getHttpServer()).set('Sec-Fetch-Site', 'same-origin');

/**
 * The whole application (same setup as main.ts) on a fresh database of its own, or on
 * `shareWith`'s database (a second API process; closing it leaves the database alone).
 */
export async function createTestApp(
  env: Record<string, string> = {},
  /** Another process on the same database (its owner drops it). */
  shareWith?: Pick<TestApp, 'databaseUrl'>,
  /** Providers replaced by test doubles (e.g. a module's data source that another module owns). */
  overrides: { provide: unknown; useValue: unknown }[] = [],
): Promise<TestApp> {
  const database = shareWith
    ? { url: shareWith.databaseUrl, drop: async () => {} }
    : await createDatabase();
  const config: AppConfig = validateEnv({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    SEED_DEMO: 'false',
    LOGIN_RATE_LIMIT: '10000',
    LOGIN_ADDRESS_RATE_LIMIT: '10000',
    ANONYMOUS_WRITE_RATE_LIMIT: '10000',
    ANONYMOUS_READ_RATE_LIMIT: '100000',
    REGISTRATION_CHALLENGE_AFTER: '10000',
    WEB_DIST_DIR: '/nonexistent',
    ...env,
    DATABASE_URL: database.url,
  });
  let builder = Test.createTestingModule({ imports: [AppModule] })
    .overrideProvider(APP_CONFIG)
    .useValue(config);
  for (const { provide, useValue } of overrides) {
    builder = builder.overrideProvider(provide).useValue(useValue);
  }
  const moduleRef = await builder.compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ logger: false });
  configureApp(app);
  await app.init();
  const db = app.get(DataSource);

  const signIn: TestApp['signIn'] = async (roles, email) => {
    counter += 1;
    const user = await db.getRepository(UserEntity).save({
      email: email ?? `${roles.join('-')}-${counter}-${Date.now()}@test.multaqa`,
      fullName: `Test ${roles.join(' ')} ${counter}`,
      roles,
      preferredLanguage: 'en',
      passwordHash: await passwordHash,
    });
    const agent = browserClient(app);
    await agent
      .post('/api/auth/login')
      .send({ email: user.email, password: TEST_PASSWORD })
      .expect(200);
    return { agent, user };
  };

  return {
    app,
    db,
    databaseUrl: database.url,
    http: () => browserClient(app),
    signIn,
    decided: async (eventId) => {
      const deadline = Date.now() + 60_000;
      for (;;) {
        const [{ pending }] = (await db.query(
          'SELECT count(*)::int AS pending FROM registration_submissions WHERE event_id = $1 AND failed_at IS NULL',
          [eventId],
        )) as { pending: number }[];
        if (pending === 0) return;
        if (Date.now() > deadline) throw new Error(`${pending} submissions still pending`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
