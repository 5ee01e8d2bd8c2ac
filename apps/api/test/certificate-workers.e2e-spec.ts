import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from '@jest/globals';
import type { Job } from '@multaqa/contract';
import { approvedPeople, eventWithSessions } from './support/attendance-fixtures.js';
import {
  attend,
  contiguous,
  defaultTemplate,
  finishedJob,
  serialNumbers,
} from './support/certificate-fixtures.js';
import type { Agent } from './support/fixtures.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/**
 * Issuing certificates with worker processes started from the build, as docker-compose runs
 * them (`PROCESS_ROLE=worker node apps/api/dist/main.js`), on one database with an API-only
 * process: two workers at once, and a worker killed with SIGKILL in the middle of a job.
 */
const MAIN = fileURLToPath(new URL('../dist/main.js', import.meta.url));
const SECRET = randomBytes(32).toString('base64');

interface Worker {
  child: ChildProcess;
  exited: Promise<void>;
}

describe('certificate issuing across worker processes', () => {
  const apps: TestApp[] = [];
  const workers: Worker[] = [];
  const storage = mkdtempSync(join(tmpdir(), 'multaqa-cert-workers-'));
  afterAll(async () => {
    for (const w of workers) {
      if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill('SIGTERM');
      await w.exited;
    }
    for (const app of apps) await app.close();
    rmSync(storage, { recursive: true, force: true });
  });

  const env = { SIGNING_KEY_SECRET: SECRET, STORAGE_DIR: storage };

  async function startWorker(databaseUrl: string): Promise<Worker> {
    const { NODE_OPTIONS: _ignored, ...inherited } = process.env;
    const child = spawn(process.execPath, [MAIN], {
      env: {
        ...inherited,
        ...env,
        PROCESS_ROLE: 'worker',
        DATABASE_URL: databaseUrl,
        NODE_ENV: 'test',
        SEED_DEMO: 'false',
        LOG_LEVEL: 'warn',
        SMTP_URL: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    const worker = { child, exited };
    workers.push(worker);
    const deadline = Date.now() + 60_000;
    while (!output.includes('Multaqa worker is running')) {
      if (child.exitCode !== null) throw new Error(`Worker exited: ${output}`);
      if (Date.now() > deadline) throw new Error(`Worker did not start: ${output}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return worker;
  }

  /** An API-only process, an event whose `count` people all qualify, its rule set. */
  async function setUp(count: number): Promise<{ t: TestApp; admin: Agent; eventId: string }> {
    const t = await createTestApp({ ...env, PROCESS_ROLE: 'api' });
    apps.push(t);
    const admin = (await t.signIn(['admin'])).agent;
    const { event, sessions } = await eventWithSessions(admin, 2);
    const people = await approvedPeople(t, event.id, count);
    await attend(
      t,
      event.id,
      sessions.map((s) => s.id),
      people,
      () => 2,
    );
    const template = await defaultTemplate(admin);
    await admin
      .put(`/api/events/${event.id}/certificate-rule`)
      .send({ templateId: template.id, emailParticipants: false })
      .expect(200);
    return { t, admin, eventId: event.id };
  }

  async function assertWhole(t: TestApp, eventId: string, count: number): Promise<void> {
    const rows: {
      serial: string;
      registration_id: string;
      status_index: number;
      file_key: string | null;
    }[] = await t.db.query(
      `SELECT serial, registration_id, status_index, file_key FROM certificates WHERE event_id = $1`,
      [eventId],
    );
    expect(rows).toHaveLength(count);
    expect(new Set(rows.map((r) => r.registration_id)).size).toBe(count);
    expect(new Set(rows.map((r) => r.serial)).size).toBe(count);
    expect(new Set(rows.map((r) => r.status_index)).size).toBe(count);
    const numbers = serialNumbers(rows.map((r) => r.serial));
    expect(numbers[0]).toBe(1);
    expect(numbers[count - 1]).toBe(count);
    expect(contiguous(numbers)).toBe(true);
    // Every certificate has its PDF, written by whichever worker got there.
    const missing = rows.filter((r) => !r.file_key || !existsSync(join(storage, r.file_key)));
    expect(missing).toEqual([]);
  }

  it('two workers issuing the same people at once: one certificate each, serials without gaps', async () => {
    const { t, admin, eventId } = await setUp(60);
    await Promise.all([startWorker(t.databaseUrl), startWorker(t.databaseUrl)]);
    const [a, b] = await Promise.all([
      admin.post(`/api/events/${eventId}/certificates/issue`).send({}),
      admin.post(`/api/events/${eventId}/certificates/issue`).send({}),
    ]);
    expect([a.status, b.status]).toEqual([202, 202]);
    const jobs = await Promise.all(
      [a, b].map((r) => finishedJob(admin, (r.body as { job: Job }).job.id)),
    );
    for (const job of jobs) expect(job).toMatchObject({ status: 'completed', done: 60, total: 60 });
    // Between them the two jobs issued each certificate once; the rest they skipped.
    const issued = jobs.reduce((sum, j) => sum + Number(j.result?.issued ?? 0), 0);
    expect(issued).toBe(60);
    await assertWhole(t, eventId, 60);
  });

  it('a worker killed with SIGKILL mid-job: another takes the job over and finishes it, no gaps', async () => {
    for (const w of workers.splice(0)) {
      w.child.kill('SIGTERM');
      await w.exited;
    }
    const { t, admin, eventId } = await setUp(200);
    const first = await startWorker(t.databaseUrl);
    const res = await admin.post(`/api/events/${eventId}/certificates/issue`).send({}).expect(202);
    const jobId = (res.body as { job: Job }).job.id;
    const count = async () =>
      (
        await t.db.query(`SELECT count(*)::int AS n FROM certificates WHERE event_id = $1`, [
          eventId,
        ])
      )[0].n as number;
    const deadline = Date.now() + 120_000;
    while ((await count()) < 30) {
      if (Date.now() > deadline) throw new Error('The first worker issued nothing');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    first.child.kill('SIGKILL');
    await first.exited;
    const atKill = await count();
    expect(atKill).toBeLessThan(200);
    const stalled = (await admin.get(`/api/jobs/${jobId}`).expect(200)).body as Job;
    expect(stalled.status).toBe('running');

    await startWorker(t.databaseUrl);
    const job = await finishedJob(admin, jobId, 180_000);
    expect(job).toMatchObject({ status: 'completed', done: 200, total: 200 });
    expect(job.result).toMatchObject({ issued: 200 });
    await assertWhole(t, eventId, 200);
  });
});
