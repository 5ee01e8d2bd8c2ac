// Shared by the benchmarks: a fresh database, the built API on a free loopback port, and a
// signed-in HTTP client.
import { execFileSync, spawn } from 'node:child_process';
import http from 'node:http';
import { readdirSync, readFileSync } from 'node:fs';
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

/** The session cookie of a demo account, signed in. */
async function sessionCookie(base, email) {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: 'multaqa-demo-2026' }),
  });
  if (!res.ok) throw new Error(`sign-in failed: ${res.status}`);
  return res.headers.get('set-cookie').split(';')[0];
}

/** fetch with the session cookie of a demo account. */
export async function signedIn(base, email) {
  const cookie = await sessionCookie(base, email);
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

/**
 * A signed-in device: its own keep-alive connection, JSON in and out over node:http. Lighter
 * than fetch, whose per-request cost on these 2 cores was as large as the server's own share of
 * a scan: what it spends here is taken from the server under test, which a real phone is not.
 */
export async function device(base, email) {
  const cookie = await sessionCookie(base, email);
  const { hostname, port } = new URL(base);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  return (method, path, body) =>
    new Promise((resolve, reject) => {
      const data = body === undefined ? undefined : JSON.stringify(body);
      const headers = { Cookie: cookie, Origin: base };
      if (data)
        Object.assign(headers, {
          'Content-Type': 'application/json',
          'Content-Length': Buffer.byteLength(data),
        });
      const req = http.request(
        { host: hostname, port, path, method, agent, headers },
        (response) => {
          const chunks = [];
          response.on('data', (chunk) => chunks.push(chunk));
          response.on('end', () => {
            const text = Buffer.concat(chunks).toString();
            if (response.statusCode >= 400)
              reject(new Error(`${method} ${path}: ${response.statusCode} ${text}`));
            else resolve(text ? JSON.parse(text) : null);
          });
        },
      );
      req.on('error', reject);
      req.end(data);
    });
}

/** CPU seconds (user + system) a process has used, from /proc. */
export function cpuSeconds(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0; // the process has ended
  }
}

/** CPU seconds used by all of the local PostgreSQL server's processes. */
export function postgresCpuSeconds() {
  let total = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      if (readFileSync(`/proc/${pid}/comm`, 'utf8').startsWith('postgres'))
        total += cpuSeconds(pid);
    } catch {
      // gone meanwhile
    }
  }
  return total;
}

export const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
