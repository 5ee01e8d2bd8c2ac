// Reports at year-end scale: 100,000 participants, 2,000 events with their sessions, 200,000
// registrations, 1,000,000 attendance records, certificates and evaluation answers, loaded with
// set-based SQL into a fresh database. Then, through the real API over HTTP: the first refresh
// (every event stale), each dashboard query ~30 times (p50/p95) next to the p95 of
// SELECT count(*) FROM attendance_records in the same run (goal: ratio ≤ 1), the events page,
// the year-end files, and the refresh after one new attendance record. Each query is timed cold
// (recomputed from the facts) and warm (the kept answer of the same generation).
import { execFileSync } from 'node:child_process';
import pg from 'pg';
import { freshDatabase, percentile, startApi } from './server.mjs';

const SCALE = Number(process.env.BENCH_REPORTS_SCALE ?? 1);
const PEOPLE = Math.round(100_000 * SCALE);
const EVENTS = Math.round(2_000 * SCALE);
const PER_EVENT = 100; // registrations per event: each person comes to two events
const SESSIONS = 5; // per event: 2,000 × 100 × 5 = 1,000,000 attendance records
const RUNS = Number(process.env.BENCH_REPORTS_RUNS ?? 30);
const FILE_RUNS = 5;
const COLD_RUNS = Number(process.env.BENCH_REPORTS_COLD_RUNS ?? 5);

/** Everything but the demo seed, in one transaction, triggers off (the audit would log 1M rows). */
function loadSql() {
  return `
SET LOCAL session_replication_role = replica;
-- Stable ids with the version and variant digits of a v4 UUID (the API checks them).
CREATE FUNCTION bench_id(text) RETURNS uuid IMMUTABLE LANGUAGE sql
  AS $$ SELECT overlay(overlay(md5($1) PLACING '4' FROM 13) PLACING '8' FROM 17)::uuid $$;
CREATE TEMP TABLE bench_countries ON COMMIT DROP AS
  SELECT code, row_number() OVER () - 1 AS n
    FROM unnest('{SO,KE,ET,DJ,SD,EG,JO,MA,TN,DZ,NG,SN,ML,NE,TD,MR,LY,IQ,YE,OM,SA,AE,QA,KW,BH,LB,PS,UG,TZ,RW}'::text[]) code;
-- Per country: 4 ministries, each with 2 departments under it.
INSERT INTO institutions (id, name, kind, country_code, parent_id)
SELECT bench_id('ministry' || c.n || '-' || m),
       jsonb_build_object('en', 'Ministry ' || m || ' of ' || c.code, 'ar', 'وزارة ' || m || ' ' || c.code),
       'ministry', c.code, NULL
  FROM bench_countries c, generate_series(0, 3) m;
INSERT INTO institutions (id, name, kind, country_code, parent_id)
SELECT bench_id('department' || c.n || '-' || m || '-' || d),
       jsonb_build_object('en', 'Department ' || d || ' of ministry ' || m || ' of ' || c.code),
       'agency', c.code, bench_id('ministry' || c.n || '-' || m)
  FROM bench_countries c, generate_series(0, 3) m, generate_series(0, 1) d;
-- 20 packages (curricula), each in two versions.
INSERT INTO training_packages (id, lineage_id, version, status, title)
SELECT bench_id('package' || l || '-' || v), bench_id('lineage' || l), v, 'published',
       jsonb_build_object('en', 'Package ' || l, 'ar', 'حقيبة ' || l)
  FROM generate_series(0, 19) l, generate_series(1, 2) v;
-- People: country, gender and institution (a ministry or one of its departments) spread evenly.
INSERT INTO participants (id, full_name_latin, gender, nationality, institution_id)
SELECT bench_id('person' || p), 'Person ' || p,
       (CASE WHEN p % 3 = 0 THEN 'female' ELSE 'male' END)::participant_gender,
       c.code,
       CASE WHEN p % 10 = 9 THEN NULL
            WHEN p % 3 = 0 THEN bench_id('ministry' || c.n || '-' || (p / 30) % 4)
            ELSE bench_id('department' || c.n || '-' || (p / 30) % 4 || '-' || p % 2) END
  FROM generate_series(0, ${PEOPLE - 1}) p JOIN bench_countries c ON c.n = p % 30;
-- Events over 2019–2026: 85% trainings, 90% held (completed or archived), the rest upcoming.
INSERT INTO events (id, kind, status, package_id, title, city, country_code, time_zone,
                    start_date, end_date, languages, capacity, late_counts_as)
SELECT bench_id('event' || e),
       (CASE WHEN e % 7 = 0 THEN 'conference' ELSE 'training' END)::event_kind,
       (CASE WHEN e % 10 = 9 THEN 'registration_open' WHEN e % 2 = 0 THEN 'completed' ELSE 'archived' END)::event_status,
       CASE WHEN e % 7 = 0 THEN NULL ELSE bench_id('package' || e % 20 || '-' || 1 + (e / 20) % 2) END,
       jsonb_build_object('en', 'Event ' || e, 'ar', 'فعالية ' || e),
       '{"en":"City"}', c.code, 'Africa/Mogadishu',
       CASE WHEN e % 10 = 9 THEN date '2027-02-01' + e % 200
            ELSE date '2019-01-07' + (e * 1277) % 2800 END,
       CASE WHEN e % 10 = 9 THEN date '2027-02-05' + e % 200
            ELSE date '2019-01-11' + (e * 1277) % 2800 END,
       '{ar,en}', 120,
       (ARRAY['present', 'half', 'absent'])[1 + e % 3]::late_rule
  FROM generate_series(0, ${EVENTS - 1}) e JOIN bench_countries c ON c.n = (e * 7) % 30;
INSERT INTO event_sessions (id, event_id, title, type, starts_at, ends_at)
SELECT bench_id('session' || e || '-' || s), ev.id, '{"en":"Session"}', 'plenary',
       events.start_date + s * interval '20 hours' + interval '6 hours',
       events.start_date + s * interval '20 hours' + interval '9 hours'
  FROM generate_series(0, ${SESSIONS - 1}) s,
       (SELECT e, bench_id('event' || e) AS id FROM generate_series(0, ${EVENTS - 1}) e) ev
  JOIN events ON events.id = ev.id;
CREATE TEMP TABLE bench_events ON COMMIT DROP AS
  SELECT e AS n, bench_id('event' || e) AS id FROM generate_series(0, ${EVENTS - 1}) e;
-- 100 people per event; person k of event e is (e × 100 + k) mod PEOPLE: everyone comes twice.
INSERT INTO registrations (id, event_id, participant_id, status, source, decided_at,
                           decided_institution_id, decided_country_code, decided_gender)
SELECT bench_id('registration' || x.n || '-' || x.k), x.id, p.id,
       (CASE WHEN x.k % 20 = 19 THEN 'cancelled' ELSE 'approved' END)::registration_status,
       'import', now(), p.institution_id, p.nationality, p.gender
  FROM (SELECT ev.n, ev.id, k, bench_id('person' || (ev.n * ${PER_EVENT} + k) % ${PEOPLE}) AS person
          FROM bench_events ev, generate_series(0, ${PER_EVENT - 1}) k) x
  JOIN participants p ON p.id = x.person;
-- 1,000,000 records: mostly present, some late, excused or absent.
INSERT INTO attendance_records (event_id, session_id, participant_id, registration_id, status, method, taken_at)
SELECT r.event_id, s.id, r.participant_id, r.id,
       (CASE WHEN h < 19 THEN 'present' WHEN h < 22 THEN 'late' WHEN h < 23 THEN 'excused'
             ELSE 'absent' END)::attendance_status,
       'scan', now()
  FROM bench_events ev
  JOIN registrations r ON r.event_id = ev.id
  JOIN event_sessions s ON s.event_id = ev.id,
  LATERAL (SELECT abs(hashtext(r.id::text || s.id::text)) % 25 AS h) x;
INSERT INTO signing_keys (id, public_key, private_key_encrypted) VALUES ('bench', 'p', 's');
INSERT INTO certificate_templates (id, name) VALUES (bench_id('template'), 'Bench');
-- A rule for a third of the trainings (75%), and a certificate for most approved registrations.
INSERT INTO event_certificate_rules (event_id, min_attendance_percent, template_id)
SELECT id, 75, bench_id('template') FROM events
 WHERE kind = 'training' AND status IN ('completed', 'archived') AND (get_byte(decode(md5(id::text), 'hex'), 0) % 3) = 0
ON CONFLICT DO NOTHING;
INSERT INTO certificates (id, serial, event_id, registration_id, participant_id, template_id,
                          claims, token, kid, status_index, status, issued_at)
SELECT gen_random_uuid(), 'BENCH-' || row_number() OVER (), r.event_id, r.id, r.participant_id,
       bench_id('template'), '{}', 't', 'bench', 1000000 + row_number() OVER (), 'valid', now()
  FROM registrations r JOIN events e ON e.id = r.event_id
 WHERE r.status = 'approved' AND e.status IN ('completed', 'archived')
   AND get_byte(decode(md5(r.id::text), 'hex'), 0) < 200
   AND NOT EXISTS (SELECT 1 FROM certificates c WHERE c.registration_id = r.id AND c.status = 'valid');
-- Pre-test, post-test and survey at a fifth of the trainings, answered by their people.
INSERT INTO evaluations (id, event_id, kind, opens_at, closes_at)
SELECT bench_id(e.id::text || k), e.id, k::evaluation_kind, now(), now()
  FROM events e, unnest('{pre_test,post_test,survey}'::text[]) k
 WHERE e.kind = 'training' AND get_byte(decode(md5(e.id::text), 'hex'), 1) < 52
ON CONFLICT DO NOTHING;
INSERT INTO evaluation_responses (evaluation_id, event_id, kind, registration_id, channel, answers,
                                  score_percent, passed, rating_mean)
SELECT v.id, v.event_id, v.kind, r.id, 'portal', '{}',
       CASE WHEN v.kind = 'pre_test' THEN 30 + h % 40 WHEN v.kind = 'post_test' THEN 50 + h % 50 END,
       CASE WHEN v.kind = 'post_test' THEN 50 + h % 50 >= 60 END,
       CASE WHEN v.kind = 'survey' THEN 3 + (h % 21) / 10.0 END
  FROM evaluations v JOIN registrations r ON r.event_id = v.event_id AND r.status = 'approved',
       LATERAL (SELECT get_byte(decode(md5(r.id::text || v.kind), 'hex'), 0) AS h) x
ON CONFLICT DO NOTHING;
-- The demo coordinator coordinates 100 of the events.
INSERT INTO event_coordinators (event_id, user_id)
SELECT bench_id('event' || e), u.id
  FROM generate_series(0, ${EVENTS - 1}, ${Math.max(1, Math.round(EVENTS / 100))}) e,
       users u WHERE u.email = 'coordinator@multaqa.test'
ON CONFLICT DO NOTHING;
-- What the migration does for existing data: every held event is stale.
INSERT INTO report_stale_events (event_id)
SELECT id FROM events WHERE status IN ('completed', 'archived') ON CONFLICT DO NOTHING;`;
}

const ms = (n) => `${n.toFixed(1)} ms`;

async function timed(fn, runs) {
  const times = [];
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b);
}

/** A GET whose body is read in full (files included), failing on anything but 200. */
function getter(base, cookie) {
  return async (path) => {
    const res = await fetch(`${base}${path}`, {
      headers: { Cookie: cookie, 'Accept-Language': 'en' },
    });
    const body = await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`GET ${path}: ${res.status} ${Buffer.from(body)}`);
    return body;
  };
}

async function cookieOf(base, email) {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: 'multaqa-demo-2026' }),
  });
  if (!res.ok) throw new Error(`sign-in failed: ${res.status}`);
  return res.headers.get('set-cookie').split(';')[0];
}

export async function run() {
  const started = performance.now();
  const databaseUrl = freshDatabase();
  const api = await startApi(databaseUrl);
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  try {
    console.log(
      `Bench: reports over ${PEOPLE} participants, ${EVENTS} events × ${SESSIONS} sessions, ` +
        `${EVENTS * PER_EVENT} registrations, ${EVENTS * PER_EVENT * SESSIONS} attendance records`,
    );
    let t0 = performance.now();
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query(loadSql());
      await client.query('COMMIT');
    } finally {
      client.release();
    }
    await pool.query('VACUUM ANALYZE');
    const counts = (
      await pool.query(`SELECT (SELECT count(*) FROM participants) AS participants,
        (SELECT count(*) FROM events) AS events, (SELECT count(*) FROM event_sessions) AS sessions,
        (SELECT count(*) FROM registrations) AS registrations,
        (SELECT count(*) FROM attendance_records) AS attendance,
        (SELECT count(*) FROM certificates) AS certificates,
        (SELECT count(*) FROM evaluation_responses) AS responses,
        (SELECT count(*) FROM report_stale_events) AS stale`)
    ).rows[0];
    console.log(
      `  loaded in ${((performance.now() - t0) / 1000).toFixed(1)} s: ${JSON.stringify(counts)}`,
    );

    const admin = getter(api.base, await cookieOf(api.base, 'admin@multaqa.test'));
    const coordinator = getter(api.base, await cookieOf(api.base, 'coordinator@multaqa.test'));
    t0 = performance.now();
    await admin('/api/reports/dashboard');
    const firstMs = performance.now() - t0;
    const facts = (
      await pool.query(`SELECT (SELECT count(*) FROM report_registration_facts) AS registrations,
                               (SELECT count(*) FROM report_event_facts) AS events`)
    ).rows[0];
    console.log(
      `  first refresh (all ${counts.stale} held events stale) + dashboard: ${ms(firstMs)}; facts: ${JSON.stringify(facts)}`,
    );

    // The yardstick, in the same run: a plain count of the attendance records.
    const yardstick = await timed(
      () => pool.query('SELECT count(*) FROM attendance_records'),
      RUNS,
    );
    const goal = percentile(yardstick, 95);
    console.log(
      `  SELECT count(*) FROM attendance_records (pg, ${RUNS} runs): p50 ${ms(percentile(yardstick, 50))}, p95 ${ms(goal)}`,
    );

    const someone = (
      await pool.query(
        `SELECT bench_id('ministry0-1') AS ministry, bench_id('lineage3') AS lineage`,
      )
    ).rows[0];
    const queries = [
      ['dashboard, admin, unfiltered', admin, '/api/reports/dashboard'],
      ['dashboard, years 2022–2023', admin, '/api/reports/dashboard?yearFrom=2022&yearTo=2023'],
      ['dashboard, country SO', admin, '/api/reports/dashboard?countryCode=SO'],
      [
        'dashboard, ministry and below',
        admin,
        `/api/reports/dashboard?institutionId=${someone.ministry}`,
      ],
      ['dashboard, gender female', admin, '/api/reports/dashboard?gender=female'],
      ['dashboard, package', admin, `/api/reports/dashboard?packageLineageId=${someone.lineage}`],
      ['dashboard, conferences', admin, '/api/reports/dashboard?eventKind=conference'],
      ['dashboard, coordinator (100 events)', coordinator, '/api/reports/dashboard'],
      ['events page, admin', admin, '/api/reports/events'],
      [
        'events page, search + sort',
        admin,
        '/api/reports/events?search=Event%2012&sort=attendance',
      ],
      ['events page, female, by trained', admin, '/api/reports/events?gender=female&sort=trained'],
    ];
    // Cold: the generation bumped before each run (as any write to a held event does), so the
    // answer is computed from the facts; warm: the same question again, answered from memory.
    const bump = () => pool.query('UPDATE report_state SET generation = generation + 1');
    console.log(
      `  through the API, sequential: cold = recomputed (${COLD_RUNS} runs), warm = kept answer (${RUNS} runs); ratio = p95 / count p95`,
    );
    for (const [label, get, path] of queries) {
      const cold = [];
      for (let i = 0; i < COLD_RUNS; i += 1) {
        await bump();
        const t = performance.now();
        await get(path);
        cold.push(performance.now() - t);
      }
      cold.sort((a, b) => a - b);
      const warm = await timed(() => get(path), RUNS);
      const p95 = percentile(warm, 95);
      console.log(
        `    ${label.padEnd(36)} cold p50 ${ms(percentile(cold, 50)).padStart(9)} max ${ms(cold.at(-1)).padStart(9)} ratio ${(percentile(cold, 95) / goal).toFixed(2).padStart(5)}×` +
          ` | warm p50 ${ms(percentile(warm, 50)).padStart(8)} p95 ${ms(p95).padStart(8)} ratio ${(p95 / goal).toFixed(2)}×`,
      );
    }
    console.log(`  year-end files (${FILE_RUNS} runs each; not held to the goal):`);
    for (const [label, path] of [
      ['year-end.xlsx, all', '/api/reports/year-end.xlsx'],
      ['year-end.pdf, all', '/api/reports/year-end.pdf'],
    ]) {
      let bytes = 0;
      const times = await timed(async () => (bytes = (await admin(path)).byteLength), FILE_RUNS);
      console.log(
        `    ${label.padEnd(38)} p50 ${ms(percentile(times, 50)).padStart(9)}  max ${ms(times.at(-1)).padStart(9)}  ${(bytes / 1024).toFixed(0)} KiB`,
      );
    }

    // One new attendance record at a held event: the next answer recomputes that event only.
    const [record] = (
      await pool.query(`SELECT a.id FROM attendance_records a JOIN events e ON e.id = a.event_id
                         WHERE e.status = 'completed' AND a.status = 'absent' LIMIT 1`)
    ).rows;
    const steady = await timed(() => admin('/api/reports/dashboard'), 5);
    // Taken out quietly (no trigger), then recorded as a scanner would: only the insert counts.
    const quiet = await pool.connect();
    let row;
    try {
      await quiet.query('BEGIN');
      await quiet.query('SET LOCAL session_replication_role = replica');
      [row] = (
        await quiet.query('DELETE FROM attendance_records WHERE id = $1 RETURNING *', [record.id])
      ).rows;
      await quiet.query('COMMIT');
    } finally {
      quiet.release();
    }
    await pool.query(
      `INSERT INTO attendance_records (event_id, session_id, participant_id, registration_id, status, method, taken_at)
       VALUES ($1, $2, $3, $4, 'present', 'scan', now())`,
      [row.event_id, row.session_id, row.participant_id, row.registration_id],
    );
    t0 = performance.now();
    await admin('/api/reports/dashboard');
    const afterOne = performance.now() - t0;
    console.log(
      `  dashboard after one new attendance record (1 event recomputed): ${ms(afterOne)} (steady p50 ${ms(percentile(steady, 50))})`,
    );
    console.log(`  total bench time ${((performance.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    await pool.end();
    await api.stop();
    // BENCH_REPORTS_KEEP=1 leaves the database to study plans with psql.
    if (process.env.BENCH_REPORTS_KEEP) console.log(`  kept ${databaseUrl}`);
    else dropDatabase(databaseUrl);
  }
}

function dropDatabase(url) {
  const name = new URL(url).pathname.slice(1);
  const base = new URL(url);
  base.pathname = '/postgres';
  execFileSync('psql', [base.toString(), '-qc', `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`]);
}
