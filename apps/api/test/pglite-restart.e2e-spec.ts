import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { DEMO_PASSWORD } from '../src/database/seed/demo-data.js';

const main = resolve(import.meta.dirname, '../dist/main.js');

function freePort(): Promise<number> {
  return new Promise((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

/** The built app as a newcomer runs it: no DATABASE_URL, so embedded PostgreSQL on disk. */
async function startApp(dataDir: string, port: number): Promise<ChildProcess> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    PGLITE_DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    WEB_DIST_DIR: '/nonexistent',
  };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, [main], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const deadline = Date.now() + 45_000;
  while (!output.includes('Multaqa is running')) {
    if (child.exitCode !== null || Date.now() > deadline)
      throw new Error(`App did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return child;
}

async function stopApp(child: ChildProcess): Promise<void> {
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

async function signIn(base: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'coordinator@multaqa.test', password: DEMO_PASSWORD }),
  });
  expect(res.status).toBe(200);
  return res.headers.get('set-cookie')!.split(';')[0];
}

describe('embedded PostgreSQL (PGlite) keeps data across restarts', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'multaqa-pglite-'));
  let child: ChildProcess | undefined;
  afterAll(async () => {
    if (child && child.exitCode === null) await stopApp(child);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('finds a package created before the restart', async () => {
    expect(existsSync(main)).toBe(true);
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;

    child = await startApp(dataDir, port);
    // Rate-limit counters are written on the one PGlite connection too (a failed sign-in and
    // an anonymous write each count one).
    const wrong = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'coordinator@multaqa.test', password: 'not-the-password' }),
    });
    expect(wrong.status).toBe(401);
    const reset = await fetch(`${base}/api/auth/password-reset/request`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'nobody@example.org' }),
    });
    expect(reset.status).toBe(202);
    let cookie = await signIn(base);
    const title = `Persisted ${Date.now()}`;
    const created = await fetch(`${base}/api/training-packages`, {
      method: 'POST',
      // A write with the session cookie must come from the app's own origin.
      headers: { 'Content-Type': 'application/json', Cookie: cookie, Origin: base },
      body: JSON.stringify({ title: { en: title }, modules: [{ title: { en: 'One' }, hours: 2 }] }),
    });
    expect(created.status).toBe(201);
    await stopApp(child);

    child = await startApp(dataDir, port);
    cookie = await signIn(base);
    const list = await fetch(`${base}/api/training-packages?q=${encodeURIComponent(title)}`, {
      headers: { Cookie: cookie },
    });
    const body = (await list.json()) as {
      total: number;
      items: { title: { en: string }; totalHours: number }[];
    };
    expect(body.total).toBe(1);
    expect(body.items[0]).toMatchObject({ title: { en: title }, totalHours: 2 });
    // The demo story was loaded once, not again on the second start.
    const all = await fetch(`${base}/api/training-packages?pageSize=100`, {
      headers: { Cookie: cookie },
    });
    const titles = ((await all.json()) as { items: { title: { en: string } }[] }).items.map(
      (p) => p.title.en,
    );
    expect(titles.filter((t) => t === 'Analysing extremist content on social media')).toHaveLength(
      1,
    );
  }, 120_000);
});
