// 1,000 people press "Register" for one event (capacity 60; institution quotas 20/15/15/10)
// at the same moment, through the real API and PostgreSQL. Then the same locked inserts are
// done by a bare script through `pg`, in the same run, to show what the API layer costs.
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { resolve } from 'node:path';
import pg from 'pg';
import { freshDatabase, percentile, signedIn, startApi, startWorker } from './server.mjs';

const PEOPLE = 1000;
const CAPACITY = 60;
const QUOTAS = [20, 15, 15, 10];

export function post(agent, url, body) {
  return new Promise((done) => {
    const data = Buffer.from(JSON.stringify(body));
    const started = performance.now();
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        headers: { 'Content-Type': 'application/json', 'Content-Length': data.length },
      },
      (res) => {
        let text = '';
        res.on('data', (c) => (text += c));
        res.on('end', () =>
          done({ status: res.statusCode, body: text, ms: performance.now() - started }),
        );
      },
    );
    req.on('error', (error) =>
      done({ status: 0, body: String(error), ms: performance.now() - started }),
    );
    req.end(data);
  });
}

/** The i-th person of a burst, spread over the event's institutions. */
export function person(i, institutions) {
  return {
    fullNameLatin: `Bench Person ${randomUUID()}`,
    gender: i % 2 ? 'female' : 'male',
    nationality: 'SO',
    institutionId: institutions[i % 4],
    email: `bench-${i}-${randomUUID()}@example.org`,
    preferredLanguage: 'ar',
    submissionId: randomUUID(),
    answers: {},
  };
}

export async function setUpEvent(api) {
  const as = await signedIn(api.base, 'coordinator@multaqa.test');
  const packages = await as('GET', '/api/training-packages?status=published');
  const stamp = Date.now();
  const institutions = [];
  for (const [i, name] of [
    'Internal Security',
    'Defence',
    'Information',
    'Family and Social Development',
  ].entries()) {
    institutions.push(
      (
        await as('POST', '/api/institutions', {
          name: { en: `Bench ${name} ${stamp}` },
          kind: 'ministry',
          countryCode: 'SO',
        })
      ).id,
    );
    void i;
  }
  const event = await as('POST', '/api/events', {
    kind: 'training',
    packageId: packages.items[0].id,
    title: { en: `Bench delivery ${stamp}` },
    city: 'Mogadishu',
    countryCode: 'SO',
    timeZone: 'Africa/Mogadishu',
    startDate: '2027-01-12',
    endDate: '2027-01-16',
    languages: ['ar', 'en'],
    capacity: CAPACITY,
  });
  await as('PUT', `/api/events/${event.id}/registration-form`, { approvalRequired: false });
  await as('PUT', `/api/events/${event.id}/quotas`, {
    quotas: institutions.map((institutionId, i) => ({
      scope: 'institution',
      institutionId,
      capacity: QUOTAS[i],
    })),
  });
  await as('POST', `/api/events/${event.id}/transitions`, { to: 'registration_open' });
  return { event, institutions };
}

/** Waits until the background worker has decided every submission of the event. */
async function allDecided(databaseUrl, eventId, started) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1 });
  try {
    for (const deadline = Date.now() + 300_000; Date.now() < deadline;) {
      const [{ pending, decided }] = (
        await pool.query(
          `SELECT (SELECT count(*) FROM registration_submissions WHERE event_id = $1)::int AS pending,
                  (SELECT count(*) FROM registrations WHERE event_id = $1)::int AS decided`,
          [eventId],
        )
      ).rows;
      if (pending === 0 && decided >= PEOPLE) return (performance.now() - started) / 1000;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error('submissions still pending after 300 s');
  } finally {
    await pool.end();
  }
}

async function apiRun(api, databaseUrl) {
  const { event, institutions } = await setUpEvent(api);
  const agent = new Agent({ keepAlive: true, maxSockets: PEOPLE });
  const url = `${api.base}/api/public/events/${event.id}/registrations`;
  const people = Array.from({ length: PEOPLE }, (_, i) => person(i, institutions));
  const started = performance.now();
  const results = await Promise.all(people.map((p) => post(agent, url, p)));
  const httpSeconds = (performance.now() - started) / 1000;
  agent.destroy();
  // The answer is 202 before the place is decided: the run ends when every one is decided.
  const seconds = await allDecided(databaseUrl, event.id, started);
  return { event, institutions, results, httpSeconds, seconds };
}

/** The same work without HTTP, Nest, TypeORM or password hashing: lock, count, insert. */
async function bareRun(databaseUrl, eventId, institutions) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  const one = async (i) => {
    const client = await pool.connect();
    const started = performance.now();
    try {
      await client.query('BEGIN');
      await client.query('SELECT 1 FROM events WHERE id = $1 FOR UPDATE', [eventId]);
      const institutionId = institutions[i % 4];
      const [{ n: approved }] = (
        await client.query(
          `SELECT count(*)::int AS n FROM bare_registrations WHERE event_id = $1 AND status = 'approved'`,
          [eventId],
        )
      ).rows;
      const [{ n: inQuota }] = (
        await client.query(
          `SELECT count(*)::int AS n FROM bare_registrations WHERE event_id = $1 AND status = 'approved' AND institution_id = $2`,
          [eventId, institutionId],
        )
      ).rows;
      const status = approved < CAPACITY && inQuota < QUOTAS[i % 4] ? 'approved' : 'waitlisted';
      await client.query(
        'INSERT INTO bare_registrations (event_id, person, institution_id, status) VALUES ($1, $2, $3, $4)',
        [eventId, randomUUID(), institutionId, status],
      );
      await client.query('COMMIT');
      return performance.now() - started;
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
  };
  await pool.query(
    `CREATE TABLE bare_registrations (event_id uuid, person uuid, institution_id uuid, status text, UNIQUE (event_id, person))`,
  );
  const started = performance.now();
  const latencies = await Promise.all(Array.from({ length: PEOPLE }, (_, i) => one(i)));
  const seconds = (performance.now() - started) / 1000;
  const counts = (
    await pool.query(
      `SELECT status, count(*)::int AS n FROM bare_registrations GROUP BY status ORDER BY status`,
    )
  ).rows;
  await pool.end();
  return { seconds, latencies, counts };
}

export async function run() {
  const databaseUrl = freshDatabase();
  // As deployed (docker-compose.yml): an API process answers, a worker process decides.
  const api = await startApi(databaseUrl, { PROCESS_ROLE: 'api' });
  const worker = await startWorker(databaseUrl);
  try {
    console.log(
      `Bench: ${PEOPLE} concurrent registrations, capacity ${CAPACITY}, quotas ${QUOTAS.join('/')}`,
    );
    const { event, institutions, results, httpSeconds, seconds } = await apiRun(api, databaseUrl);
    const byHttp = {};
    for (const r of results) byHttp[r.status] = (byHttp[r.status] ?? 0) + 1;
    // Every answer is 202 "check your mailbox": the outcomes are read from the database.
    const check = new pg.Pool({ connectionString: databaseUrl, max: 2 });
    const byStatus = Object.fromEntries(
      (
        await check.query(
          `SELECT status, count(*)::int AS n FROM registrations WHERE event_id = $1 GROUP BY status`,
          [event.id],
        )
      ).rows.map((r) => [r.status, r.n]),
    );
    const perInstitution = (
      await check.query(
        `SELECT p.institution_id, count(*) FILTER (WHERE r.status = 'approved')::int AS approved, count(*)::int AS total
           FROM registrations r JOIN participants p ON p.id = r.participant_id WHERE r.event_id = $1 GROUP BY p.institution_id`,
        [event.id],
      )
    ).rows;
    const [{ n: duplicates }] = (
      await check.query(
        `SELECT count(*)::int AS n FROM (SELECT participant_id FROM registrations WHERE event_id = $1 GROUP BY participant_id HAVING count(*) > 1) d`,
        [event.id],
      )
    ).rows;
    await check.end();

    const latencies = results.map((r) => r.ms).sort((a, b) => a - b);
    const bare = await bareRun(databaseUrl, event.id, institutions);
    const bareSorted = bare.latencies.sort((a, b) => a - b);
    const report = {
      people: PEOPLE,
      api: {
        http: byHttp,
        statuses: byStatus,
        approvedPerQuota: institutions.map((id, i) => ({
          quota: QUOTAS[i],
          approved: perInstitution.find((r) => r.institution_id === id)?.approved ?? 0,
        })),
        duplicates,
        fiveHundreds: results.filter((r) => r.status >= 500 || r.status === 0).length,
        // Until the last HTTP answer, then until the last submission is decided.
        httpSeconds: +httpSeconds.toFixed(2),
        seconds: +seconds.toFixed(2),
        perSecond: +(PEOPLE / seconds).toFixed(1),
        httpP50ms: +percentile(latencies, 50).toFixed(0),
        httpP95ms: +percentile(latencies, 95).toFixed(0),
      },
      barePg: {
        statuses: Object.fromEntries(bare.counts.map((c) => [c.status, c.n])),
        seconds: +bare.seconds.toFixed(2),
        perSecond: +(PEOPLE / bare.seconds).toFixed(1),
        p50ms: +percentile(bareSorted, 50).toFixed(1),
        p95ms: +percentile(bareSorted, 95).toFixed(1),
      },
    };
    report.ratio = +(report.api.perSecond / report.barePg.perSecond).toFixed(3);
    console.log(JSON.stringify(report, null, 2));
    const out = resolve(import.meta.dirname, '../../test-output');
    mkdirSync(out, { recursive: true });
    writeFileSync(resolve(out, 'bench-registration.json'), JSON.stringify(report, null, 2));
  } finally {
    await api.stop();
    await worker.stop();
  }
}
