// Check-in at the door: an event with 2,000 approved participants and their badges; 20
// scanners at once, each syncing its scans one record per request (as an online scanner does),
// at one session after the start and at another once warm;
// then one offline scanner's queue of 1,000 records synced in one request; then every badge
// as A4 sheets through the API, and the PDF renderer alone (badge-sheets.mjs).
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import {
  cpuSeconds,
  device,
  freshDatabase,
  percentile,
  postgresCpuSeconds,
  signedIn,
  startApi,
} from './server.mjs';

const PEOPLE = 2000;
const SCANNERS = 20;
const QUEUED = 1000;

async function setUp(api, databaseUrl) {
  const coordinator = await signedIn(api.base, 'coordinator@multaqa.test');
  const packages = await coordinator('GET', '/api/training-packages?status=published');
  const event = await coordinator('POST', '/api/events', {
    kind: 'training',
    packageId: packages.items[0].id,
    title: { en: `Check-in bench ${Date.now()}` },
    city: 'Mogadishu',
    countryCode: 'SO',
    timeZone: 'Africa/Mogadishu',
    startDate: '2027-01-12',
    endDate: '2027-01-16',
    languages: ['ar', 'en'],
    capacity: PEOPLE,
  });
  const session = (day) =>
    coordinator('POST', `/api/events/${event.id}/sessions`, {
      title: { en: `Day ${day}` },
      type: 'plenary',
      room: `Bench hall ${Date.now()}`,
      date: `2027-01-1${day}`,
      startTime: '09:00',
      endTime: '12:00',
    });
  const sessions = [await session(2), await session(3), await session(4), await session(5)];
  // The people go straight into the database: registering them is another bench's subject.
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1 });
  await pool.query(
    `WITH people AS (
       INSERT INTO participants (full_name_ar, full_name_latin, gender, nationality, email)
       SELECT 'مشارك ' || n, 'Participant ' || n, 'male', 'SO', 'checkin-bench-' || n || '@example.org'
         FROM generate_series(1, $2) n RETURNING id)
     INSERT INTO registrations (event_id, participant_id, status, source, decided_at)
     SELECT $1, id, 'approved', 'import', now() FROM people`,
    [event.id, PEOPLE],
  );
  await pool.end();
  const door = (await coordinator('GET', '/api/users/staff?role=door_staff'))[0];
  await coordinator('PUT', `/api/events/${event.id}/door-staff`, { userIds: [door.id] });
  const issuing = performance.now();
  const badges = (await coordinator('GET', `/api/events/${event.id}/badges`)).filter(
    (b) => b.registrationId,
  );
  const issueMs = performance.now() - issuing;
  return { event, sessions, badges, issueMs };
}

const record = (session, badge) => ({
  clientId: randomUUID(),
  sessionId: session.id,
  badgeToken: badge.token,
  status: 'present',
  method: 'scan',
  takenAt: new Date(Date.parse(session.startsAt) + 5 * 60_000).toISOString(),
});

/**
 * The door's devices, signed in before the doors open: a sign-in (argon2, slow on purpose) is
 * not a scan, and twenty of them at once would only measure the hashing.
 */
const signedInDoors = (api, count) =>
  Promise.all(Array.from({ length: count }, () => device(api.base, 'door@multaqa.test')));

/** p50 and p95 of some latencies, as the bench prints them. */
function spread(latencies) {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (p) => percentile(sorted, p).toFixed(1);
  return { text: `p50 ${at(50)} ms, p95 ${at(95)} ms`, max: sorted.at(-1).toFixed(1) };
}

/** `count` scanners, each sending its next scan once the last is answered (and `paceMs` has passed). */
async function scanners(api, session, badges, count, paceMs = 0) {
  const latencies = [];
  const outcomes = {};
  const doors = await signedInDoors(api, count);
  const cpuBefore = {
    api: cpuSeconds(api.pid),
    db: postgresCpuSeconds(),
    client: process.cpuUsage(),
  };
  const started = performance.now();
  await Promise.all(
    doors.map(async (door, k) => {
      const deviceId = randomUUID();
      // Paced scanners start out of step, as people reach the doors: not all in the same instant.
      if (paceMs) await new Promise((r) => setTimeout(r, Math.random() * paceMs));
      for (let i = k; i < badges.length; i += count) {
        const t0 = performance.now();
        const next = new Promise((r) => setTimeout(r, paceMs));
        const { results } = await door('POST', '/api/attendance/sync', {
          deviceId,
          records: [record(session, badges[i])],
        });
        latencies.push(performance.now() - t0);
        outcomes[results[0].outcome] = (outcomes[results[0].outcome] ?? 0) + 1;
        await next;
      }
    }),
  );
  const client = process.cpuUsage(cpuBefore.client);
  // CPU ms per scan on this machine's cores, shared by the three: what each side costs.
  const perScan = (seconds) => ((seconds * 1000) / latencies.length).toFixed(2);
  const cpu = {
    api: perScan(cpuSeconds(api.pid) - cpuBefore.api),
    db: perScan(postgresCpuSeconds() - cpuBefore.db),
    client: perScan((client.user + client.system) / 1e6),
  };
  return { latencies, outcomes, cpu, seconds: (performance.now() - started) / 1000 };
}

/** The floor on this machine: a signed-in GET that reads one row, at the same concurrency. */
async function reference(api) {
  const latencies = [];
  const doors = await signedInDoors(api, SCANNERS);
  await Promise.all(
    doors.map(async (door) => {
      for (let i = 0; i < 50; i += 1) {
        const t0 = performance.now();
        await door('GET', '/api/auth/me');
        latencies.push(performance.now() - t0);
      }
    }),
  );
  return latencies;
}

export async function run() {
  const databaseUrl = freshDatabase();
  const api = await startApi(databaseUrl);
  try {
    const { event, sessions, badges, issueMs } = await setUp(api, databaseUrl);
    console.log(`Bench: ${PEOPLE} badges, ${SCANNERS} scanners syncing one scan per request`);
    console.log(`  issuing ${badges.length} badges (first badge list): ${issueMs.toFixed(0)} ms`);
    // One scanner alone first (its own badges, another session): the latency with no contention.
    const alone = await scanners(api, sessions[1], badges.slice(PEOPLE - 100), 1);
    console.log(`  one scanner alone, 100 scans: ${spread(alone.latencies).text}`);
    // A busy door: 20 scanners each scanning a badge every 0.5 s (40 scans/s in all).
    const paced = await scanners(api, sessions[2], badges.slice(0, SCANNERS * 25), SCANNERS, 500);
    console.log(
      `  ${SCANNERS} scanners at one scan per 0.5 s each: ${spread(paced.latencies).text}`,
    );
    // Then as fast as they can: each sends its next scan as soon as the last is answered. Twice,
    // at two sessions: the first pass after a start still runs code the JIT has not finished
    // optimising; the second is the server as it runs on an event day, warm.
    const flatOut = async (session, label) => {
      const live = await scanners(api, session, badges, SCANNERS);
      const { text, max } = spread(live.latencies);
      console.log(
        `  ${SCANNERS} scanners flat out, ${label}: ${text}, max ${max} ms; ` +
          `${(live.latencies.length / live.seconds).toFixed(0)} scans/s; ` +
          `outcomes ${JSON.stringify(live.outcomes)}`,
      );
      console.log(
        `    CPU per scan: API ${live.cpu.api} ms, PostgreSQL ${live.cpu.db} ms, the scanners' client ${live.cpu.client} ms`,
      );
    };
    await flatOut(sessions[0], `the first ${badges.length} scans after the start`);
    await flatOut(sessions[3], `${badges.length} more at another session, warm (goal p95 ≤ 50 ms)`);
    const floor = await reference(api);
    console.log(
      `  reference, GET /api/auth/me by ${SCANNERS} clients flat out: ${spread(floor).text}`,
    );
    const door = await signedIn(api.base, 'door@multaqa.test');
    const queue = badges.slice(0, QUEUED).map((b) => record(sessions[1], b));
    const t0 = performance.now();
    const { results } = await door('POST', '/api/attendance/sync', {
      deviceId: randomUUID(),
      records: queue,
    });
    const queueMs = performance.now() - t0;
    const stored = results.filter((r) => r.outcome === 'stored').length;
    console.log(
      `  one sync of ${QUEUED} queued records: ${queueMs.toFixed(0)} ms, ${stored} stored (goal ≤ 2 s)`,
    );
    const t1 = performance.now();
    await door('POST', '/api/attendance/sync', { deviceId: randomUUID(), records: queue });
    console.log(
      `  the same queue resent (all duplicates): ${(performance.now() - t1).toFixed(0)} ms`,
    );
    await badgeSheet(api, event, badges.length);
  } finally {
    await api.stop();
  }
  // The renderer alone, in a process of its own, for the same figures without HTTP or data.
  await (await import('./badge-sheets.mjs')).run();
}

/** Peak resident memory of a process so far (VmHWM), in MiB. */
const peakMiB = (pid) =>
  Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;

/** Every badge of the event on A4 sheets, as a coordinator downloads them through the API. */
async function badgeSheet(api, event, count) {
  const login = await fetch(`${api.base}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'coordinator@multaqa.test', password: 'multaqa-demo-2026' }),
  });
  const cookie = login.headers.get('set-cookie').split(';')[0];
  const before = peakMiB(api.pid);
  const t0 = performance.now();
  const res = await fetch(`${api.base}/api/events/${event.id}/badges.pdf?layout=a4`, {
    headers: { Cookie: cookie, 'Accept-Language': 'ar' },
  });
  const bytes = (await res.arrayBuffer()).byteLength;
  const ms = performance.now() - t0;
  if (!res.ok) throw new Error(`badges.pdf: ${res.status}`);
  console.log(
    `  badge sheets through the API, ${count} badges (A4, Arabic): ${ms.toFixed(0)} ms, ` +
      `${(ms / count).toFixed(2)} ms per badge, ${(bytes / 1024 / 1024).toFixed(1)} MiB; ` +
      `API peak RSS ${peakMiB(api.pid).toFixed(0)} MiB (${before.toFixed(0)} before)`,
  );
}
