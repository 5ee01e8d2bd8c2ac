import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from '@jest/globals';
import { demoUsers } from '../src/database/seed/demo-data.js';
import { migrations } from '../src/database/migrations/index.js';
import { openEvent, publishedPackage } from './support/fixtures.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { createDatabase } from './support/test-database.js';

/**
 * One build, started as several processes on one database (docker-compose.yml: two API
 * replicas and a worker): they may start at the same moment, and the API-only ones leave the
 * background work to the workers.
 */
describe('API and worker processes', () => {
  const started: TestApp[] = [];
  const drops: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const app of started) await app.close();
    for (const drop of drops) await drop();
  });
  const fresh = async () => {
    const database = await createDatabase();
    drops.push(database.drop);
    return { databaseUrl: database.url };
  };
  const start = async (env: Record<string, string>, on: { databaseUrl: string }) => {
    const app = await createTestApp(env, on);
    started.push(app);
    return app;
  };

  it('start together on a fresh database: the schema and the demo story are made once', async () => {
    const database = await fresh();
    const apps = await Promise.all(
      ['api', 'api', 'worker'].map((role) =>
        start({ PROCESS_ROLE: role, SEED_DEMO: 'true' }, database),
      ),
    );
    const [{ users }] = await apps[0].db.query('SELECT count(*)::int AS users FROM users');
    expect(users).toBe(demoUsers.length);
    const [{ applied }] = await apps[0].db.query('SELECT count(*)::int AS applied FROM migrations');
    expect(applied).toBe(migrations.length);
  });

  it('an API-only process queues public registrations and a worker process decides them', async () => {
    const database = await fresh();
    const api = await start({ PROCESS_ROLE: 'api' }, database);
    const { agent: coordinator } = await api.signIn(['coordinator']);
    const event = await openEvent(coordinator, (await publishedPackage(coordinator)).id, {
      capacity: 5,
      form: {},
      quotas: [],
    });
    await api
      .http()
      .post(`/api/public/events/${event.id}/registrations`)
      .send({
        fullNameLatin: 'Worker Split Person',
        gender: 'female',
        nationality: 'SO',
        email: `split-${randomUUID()}@example.org`,
        preferredLanguage: 'en',
        submissionId: randomUUID(),
        answers: {},
      })
      .expect(202);
    const pending = async () =>
      (
        await api.db.query(
          'SELECT count(*)::int AS n FROM registration_submissions WHERE event_id = $1',
          [event.id],
        )
      )[0].n as number;
    // Long past the queue's half-second polling: nobody in the API process takes the job.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(await pending()).toBe(1);

    await start({ PROCESS_ROLE: 'worker' }, database);
    await api.decided(event.id);
    const [registration] = await api.db.query(
      'SELECT status FROM registrations WHERE event_id = $1',
      [event.id],
    );
    expect(registration.status).toBe('approved');
  });
});
