// Shared by the benchmarks: a fresh database, the built API on a free loopback port, and a
// signed-in HTTP client.
import { execFileSync, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

export function freshDatabase() {
  return execFileSync('bash', [resolve(root, 'scripts/ensure-postgres.sh')], {
    encoding: 'utf8',
  }).trim();
}

export function freePort() {
  return new Promise((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

/** A background worker process of the same build (PROCESS_ROLE=worker), as docker-compose runs it. */
export async function startWorker(databaseUrl, extraEnv = {}) {
  return startProcess(
    databaseUrl,
    { ...extraEnv, PROCESS_ROLE: 'worker' },
    'Multaqa worker is running',
  );
}

export async function startApi(databaseUrl, extraEnv = {}) {
  return startProcess(databaseUrl, extraEnv, 'Multaqa is running');
}

async function startProcess(databaseUrl, extraEnv, readyLine) {
  const port = await freePort();
  // BENCH_API_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the API under the load.
  const nodeArgs = (process.env.BENCH_API_NODE_ARGS ?? '').split(' ').filter(Boolean);
  // BENCH_API_MAIN=apps/api/dist-before/main.js runs another build (a copy of dist made before a
  // change), so before and after can be measured back to back on the same busy machine.
  const main = resolve(root, process.env.BENCH_API_MAIN ?? 'apps/api/dist/main.js');
  const child = spawn(process.execPath, [...nodeArgs, main], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      SEED_DEMO: 'true',
      LOG_LEVEL: 'error',
      LOGIN_RATE_LIMIT: '100000',
      // A bench sends everything from one address: no throttling, no proof of work.
      LOGIN_ADDRESS_RATE_LIMIT: '100000',
      ANONYMOUS_WRITE_RATE_LIMIT: '100000',
      ANONYMOUS_READ_RATE_LIMIT: '1000000',
      REGISTRATION_CHALLENGE_AFTER: '100000',
      WEB_DIST_DIR: '/nonexistent',
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  const deadline = Date.now() + 60_000;
  while (!output.includes(readyLine)) {
    if (child.exitCode !== null || Date.now() > deadline)
      throw new Error(`API did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    base: `http://127.0.0.1:${port}`,
    pid: child.pid,
    stop: () =>
      new Promise((done) => {
        child.once('exit', done);
        child.kill('SIGTERM');
      }),
  };
}

/** fetch with the session cookie of a demo account. */
export async function signedIn(base, email) {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: 'multaqa-demo-2026' }),
  });
  if (!res.ok) throw new Error(`sign-in failed: ${res.status}`);
  const cookie = res.headers.get('set-cookie').split(';')[0];
  return async (method, path, body, headers = {}) => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: {
        Cookie: cookie,
        // Writes with the session cookie must come from the app's own origin.
        Origin: base,
        ...(body && !(body instanceof Uint8Array) ? { 'Content-Type': 'application/json' } : {}),
        ...headers,
      },
      body: body instanceof Uint8Array ? body : body ? JSON.stringify(body) : undefined,
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    return text ? JSON.parse(text) : null;
  };
}

export const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
