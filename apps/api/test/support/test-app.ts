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
  http: () => ReturnType<typeof request>;
  db: DataSource;
  /** A user with these roles, created directly in the database, and an agent signed in as them. */
  signIn: (
    roles: Role[],
    email?: string,
  ) => Promise<{ agent: ReturnType<typeof request.agent>; user: UserEntity }>;
  close: () => Promise<void>;
}

let counter = 0;

/** The whole application (same setup as main.ts) on a fresh database of its own. */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await createDatabase();
  const config: AppConfig = validateEnv({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    SEED_DEMO: 'false',
    LOGIN_RATE_LIMIT: '10000',
    WEB_DIST_DIR: '/nonexistent',
    ...env,
    DATABASE_URL: database.url,
  });
  const moduleRef = await Test.createTestingModule({ imports: [AppModule] })
    .overrideProvider(APP_CONFIG)
    .useValue(config)
    .compile();
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
    const agent = request.agent(app.getHttpServer());
    await agent
      .post('/api/auth/login')
      .send({ email: user.email, password: TEST_PASSWORD })
      .expect(200);
    return { agent, user };
  };

  return {
    app,
    db,
    http: () => request(app.getHttpServer()),
    signIn,
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
