import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module.js';
import { configureApp } from '../src/app.setup.js';
import { validateEnv } from '../src/config/app-config.js';
import { APP_CONFIG } from '../src/config/config.module.js';
import { DEMO_PASSWORD } from '../src/database/seed/demo-data.js';
import { EmailMessageEntity } from '../src/notifications/email-message.entity.js';
import { hashPassword } from '../src/users/passwords.js';
import { UserEntity } from '../src/users/user.entity.js';
import { createDatabase } from './support/test-database.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/** Runs fn while keeping what the app writes to stdout (its log and its start-up notes). */
async function capturingStdout<T>(fn: () => Promise<T>): Promise<{ result: T; out: string }> {
  const chunks: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array) => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString());
    return true;
  }) as typeof process.stdout.write;
  try {
    const result = await fn();
    return { result, out: chunks.join('') };
  } finally {
    process.stdout.write = write;
  }
}

/** The app as main.ts starts it, with NODE_ENV=production, on the given database. */
async function productionApp(
  url: string,
  env: Record<string, string> = {},
): Promise<NestExpressApplication> {
  const config = validateEnv({
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    WEB_DIST_DIR: '/nonexistent',
    LOGIN_RATE_LIMIT: '10000',
    SIGNING_KEY_SECRET: 'a-production-secret-of-at-least-32-characters',
    ...env,
    DATABASE_URL: url,
  });
  const moduleRef = await Test.createTestingModule({ imports: [AppModule] })
    .overrideProvider(APP_CONFIG)
    .useValue(config)
    .compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ logger: false });
  configureApp(app);
  try {
    await app.init();
  } catch (error) {
    await app.close().catch(() => undefined);
    throw error;
  }
  return app;
}

describe('production defaults', () => {
  let database: Awaited<ReturnType<typeof createDatabase>>;
  let app: NestExpressApplication;
  let startOutput: string;
  beforeAll(async () => {
    database = await createDatabase();
    const started = await capturingStdout(() =>
      productionApp(database.url, { ADMIN_EMAIL: 'head@centre.example' }),
    );
    app = started.result;
    startOutput = started.out;
  });
  afterAll(async () => {
    await app?.close();
    await database.drop();
  });

  it('seeds no demo story and creates the first admin with a one-time link, printed once', async () => {
    const db = app.get(DataSource);
    const users = await db.getRepository(UserEntity).find();
    expect(users.map((u) => [u.email, u.roles])).toEqual([['head@centre.example', ['admin']]]);
    expect(await db.query('SELECT count(*)::int AS n FROM events')).toEqual([{ n: 0 }]);

    const token = /\/account\/reset\?token=([\w-]+)/.exec(startOutput)?.[1];
    expect(token).toBeDefined();
    // No password opens the account until the link is used.
    await request(app.getHttpServer())
      .post('/api/auth/login')
      .send({ email: 'head@centre.example', password: DEMO_PASSWORD })
      .expect(401);
    await request(app.getHttpServer())
      .post('/api/auth/password-reset/confirm')
      .send({ token, password: 'a-chosen-long-password' })
      .expect(204);
    const login = await request(app.getHttpServer())
      .post('/api/auth/login')
      .send({ email: 'head@centre.example', password: 'a-chosen-long-password' })
      .expect(200);
    // The session cookie is Secure by default in production.
    expect(String(login.headers['set-cookie'])).toMatch(/;\s*Secure/i);
  });

  it('prints no new link on a restart once an admin exists', async () => {
    const again = await capturingStdout(() =>
      productionApp(database.url, { ADMIN_EMAIL: 'head@centre.example' }),
    );
    await again.result.close();
    expect(again.out).not.toMatch(/token=/);
  });

  it('refuses to start while an account opens with the demo password', async () => {
    const db = app.get(DataSource);
    await db.getRepository(UserEntity).save({
      email: 'coordinator@multaqa.test',
      fullName: 'Demo coordinator',
      roles: ['coordinator'],
      preferredLanguage: 'en',
      passwordHash: await hashPassword(DEMO_PASSWORD),
    });
    await expect(productionApp(database.url)).rejects.toThrow(/demo password/);
    await db.getRepository(UserEntity).delete({ email: 'coordinator@multaqa.test' });
  });

  it('refuses to start without a secret for the signing keys', async () => {
    await expect(productionApp(database.url, { SIGNING_KEY_SECRET: '' })).rejects.toThrow(
      /SIGNING_KEY_SECRET is not set/,
    );
  });

  it('seeds the demo story only when asked, with accounts no known password opens', async () => {
    const other = await createDatabase();
    const { result: demo, out } = await capturingStdout(() =>
      productionApp(other.url, { SEED_DEMO: 'true', ADMIN_EMAIL: 'head@centre.example' }),
    );
    try {
      // The demo admin opens with no password, so the real first admin still gets a link.
      expect(out).toMatch(/\/account\/reset\?token=/);
      const users = await demo.get(DataSource).getRepository(UserEntity).count();
      expect(users).toBeGreaterThan(0);
      await request(demo.getHttpServer())
        .post('/api/auth/login')
        .send({ email: 'admin@multaqa.test', password: DEMO_PASSWORD })
        .expect(401);
    } finally {
      await demo.close();
      await other.drop();
    }
  });
});

describe('personal data stays out of logs and the outbox', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ LOG_LEVEL: 'info' });
  });
  afterAll(() => t.close());

  it('logs requests without their query string, cookies or body', async () => {
    const { agent } = await t.signIn(['admin']);
    const { out } = await capturingStdout(async () => {
      await agent.get('/api/participants').query({ q: 'warsame.secret@example.org' }).expect(200);
      await t
        .http()
        .post('/api/auth/password-reset/request')
        .send({ email: 'body.secret@example.org' })
        .expect(202);
    });
    const lines = out.split('\n').filter((l) => l.includes('"path"'));
    expect(lines.some((l) => l.includes('"/api/participants"'))).toBe(true);
    expect(out).not.toMatch(/warsame|secret@|q=|body\.secret|multaqa_session|cookie/i);
  });

  it('shows no live token in the outbox, while the email keeps its link', async () => {
    const { agent, user } = await t.signIn(['admin']);
    await t.http().post('/api/auth/password-reset/request').send({ email: user.email }).expect(202);
    const stored = await t.db
      .getRepository(EmailMessageEntity)
      .findOneByOrFail({ to: user.email, template: 'password_reset' });
    const token = /token=([\w-]+)/.exec(stored.text)?.[1];
    expect(token?.length).toBeGreaterThan(20);

    const list = await agent.get('/api/outbox').query({ q: user.email }).expect(200);
    const one = await agent.get(`/api/outbox/${stored.id}`).expect(200);
    for (const shown of [list.body.items[0].text, one.body.text] as string[]) {
      expect(shown).toContain('token=[redacted]');
      expect(shown).not.toContain(token);
    }
  });
});
