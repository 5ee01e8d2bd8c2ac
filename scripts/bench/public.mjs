// GET /api/public/events (the public list, first page) under 32 connections: the API against a
// bare node:http server running the same queries on the same database, in the same run; then the
// list again while 1,000 people register for an event at once.
import { spawn } from 'node:child_process';
import { Agent } from 'node:http';
import { resolve } from 'node:path';
import autocannon from 'autocannon';
import { post, person, setUpEvent } from './registration.mjs';
import { freshDatabase, startApi, startWorker } from './server.mjs';

const CONNECTIONS = 32;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const BURST = 1000;
const PATH = '/api/public/events';

function load(base, options = {}) {
  return new Promise((done, fail) =>
    autocannon(
      { url: base + PATH, connections: CONNECTIONS, duration: SECONDS, ...options },
      (error, result) => (error ? fail(error) : done(result)),
    ),
  );
}

const summary = (r) => ({
  perSecond: Math.round(r.requests.average),
  p50ms: r.latency.p50,
  p99ms: r.latency.p99,
  maxMs: r.latency.max,
  non2xx: r.non2xx,
  errors: r.errors + r.timeouts,
});

async function startBare(databaseUrl) {
  const child = spawn(process.execPath, [resolve(import.meta.dirname, 'bare-public-events.mjs')], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise((done) =>
    child.stdout.on('data', (chunk) => {
      const match = /listening (\d+)/.exec(String(chunk));
      if (match) done(match[1]);
    }),
  );
  return {
    base: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise((done) => {
        if (child.exitCode !== null || child.signalCode !== null) return done();
        child.once('exit', done);
        child.kill('SIGTERM');
      }),
  };
}

/** The list under load while BURST registrations arrive at once. */
async function duringBurst(api) {
  const { event, institutions } = await setUpEvent(api);
  const agent = new Agent({ keepAlive: true, maxSockets: BURST });
  const url = `${api.base}/api/public/events/${event.id}/registrations`;
  const people = Array.from({ length: BURST }, (_, i) => person(i, institutions));
  const started = performance.now();
  const burst = Promise.all(people.map((p) => post(agent, url, p))).then((results) => {
    const statuses = {};
    for (const r of results) statuses[r.status] = (statuses[r.status] ?? 0) + 1;
    const sample = results.find((r) => r.status !== 202)?.body.slice(0, 300);
    return { seconds: +((performance.now() - started) / 1000).toFixed(2), statuses, sample };
  });
  // Reads for as long as the burst lasts (at most 60 s).
  const reads = await new Promise((done, fail) => {
    const instance = autocannon(
      { url: api.base + PATH, connections: CONNECTIONS, duration: 60 },
      (error, result) => (error ? fail(error) : done(result)),
    );
    void burst.then(() => instance.stop());
  });
  const registrations = await burst;
  agent.destroy();
  return { registrations, publicList: summary(reads) };
}

export async function run() {
  const databaseUrl = freshDatabase();
  // As deployed (docker-compose.yml): the API answers, a worker process decides registrations.
  const api = await startApi(databaseUrl, { PROCESS_ROLE: 'api' });
  const worker = await startWorker(databaseUrl);
  const bare = await startBare(databaseUrl);
  try {
    // Warm both (JIT, pools, caches) before measuring.
    await load(api.base, { duration: 2 });
    await load(bare.base, { duration: 2 });
    const apiResult = summary(await load(api.base));
    const bareResult = summary(await load(bare.base));
    await bare.stop();
    const report = {
      connections: CONNECTIONS,
      seconds: SECONDS,
      api: apiResult,
      bare: bareResult,
      ratio: +(apiResult.perSecond / bareResult.perSecond).toFixed(2),
      duringRegistrationBurst: await duringBurst(api),
    };
    console.log(JSON.stringify(report, null, 2));
  } finally {
    await bare.stop();
    await api.stop();
    await worker.stop();
  }
}
