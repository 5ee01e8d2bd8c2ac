import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ReportDashboard, ReportEventRow } from '@multaqa/contract';
import ExcelJS from 'exceljs';
import type request from 'supertest';
import type { SessionUser } from '../src/common/auth/current-user.js';
import { ReportsService } from '../src/reports/reports.service.js';
import { normalise, PdfFile } from './support/pdf-tools.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/**
 * A small world whose figures are worked out by hand: two trainings of one package (2020 in
 * Somalia, 2021 in Kenya), a 2021 conference, a training still in progress (not held), people
 * from ministries (one through a child institution), one below the attendance minimum.
 */
const id = () => randomUUID();
const ids = {
  interior: id(),
  academy: id(),
  defence: id(),
  information: id(),
  lineage: id(),
  v1: id(),
  v2: id(),
  a: id(),
  b: id(),
  c: id(),
  d: id(),
  p: Array.from({ length: 7 }, id),
  template: id(),
};
const reg = new Map<string, string>();
const regId = (event: string, person: number) => reg.get(`${event}:${person}`)!;

type Agent = ReturnType<typeof request.agent>;

async function buildWorld(t: TestApp, coordinatorId: string) {
  const q = (sql: string, params: unknown[] = []) => t.db.query(sql, params);
  const institution = (iid: string, en: string, ar: string, country: string, parent?: string) =>
    q(
      `INSERT INTO institutions (id, name, kind, country_code, parent_id) VALUES ($1, $2, 'ministry', $3, $4)`,
      [iid, { en, ar }, country, parent ?? null],
    );
  await institution(ids.interior, 'Ministry of Interior', 'وزارة الداخلية', 'SO');
  await institution(ids.academy, 'Police Academy', 'أكاديمية الشرطة', 'SO', ids.interior);
  await institution(ids.defence, 'Ministry of Defence', 'وزارة الدفاع', 'SO');
  await institution(ids.information, 'Ministry of Information', 'وزارة الإعلام', 'KE');
  for (const [pid, version] of [
    [ids.v1, 1],
    [ids.v2, 2],
  ] as const) {
    await q(
      `INSERT INTO training_packages (id, lineage_id, version, status, title) VALUES ($1, $2, $3, 'published', $4)`,
      [pid, ids.lineage, version, { en: `Extremist content v${version}`, ar: 'المحتوى المتطرف' }],
    );
  }
  const event = (
    eid: string,
    kind: string,
    status: string,
    pkg: string | null,
    country: string,
    start: string,
    late: string,
    title: string,
  ) =>
    q(
      `INSERT INTO events (id, kind, status, package_id, title, city, country_code, time_zone,
                           start_date, end_date, languages, capacity, late_counts_as)
       VALUES ($1, $2, $3, $4, $5, '{"en":"City"}', $6, 'Africa/Mogadishu', $7, $7, '{ar,en}', 60, $8)`,
      [eid, kind, status, pkg, { en: title, ar: title }, country, start, late],
    );
  await event(ids.a, 'training', 'completed', ids.v1, 'SO', '2020-01-12', 'half', 'Mogadishu A');
  await event(ids.b, 'training', 'archived', ids.v2, 'KE', '2021-03-01', 'present', 'Nairobi B');
  await event(ids.c, 'conference', 'completed', null, 'SO', '2021-04-10', 'present', 'Forum C');
  await event(ids.d, 'training', 'in_progress', ids.v1, 'SO', '2021-06-01', 'present', 'Live D');
  await q('INSERT INTO event_coordinators (event_id, user_id) VALUES ($1, $2)', [
    ids.a,
    coordinatorId,
  ]);
  // Training A asks 75% (its certificate rule); the others have no rule: 80%.
  await q(`INSERT INTO certificate_templates (id, name) VALUES ($1, 'Plain')`, [ids.template]);
  await q(
    `INSERT INTO event_certificate_rules (event_id, min_attendance_percent, template_id) VALUES ($1, 75, $2)`,
    [ids.a, ids.template],
  );
  const sessions: Record<string, string[]> = {};
  for (const [eid, count, day] of [
    [ids.a, 4, '2020-01-12'],
    [ids.b, 5, '2021-03-01'],
    [ids.c, 2, '2021-04-10'],
    [ids.d, 2, '2021-06-01'],
  ] as const) {
    sessions[eid] = [];
    for (let i = 0; i < count; i += 1) {
      const sid = id();
      sessions[eid].push(sid);
      await q(
        `INSERT INTO event_sessions (id, event_id, title, type, starts_at, ends_at)
         VALUES ($1, $2, '{"en":"S"}', 'plenary', $3::timestamptz + make_interval(hours => $4),
                 $3::timestamptz + make_interval(hours => $4 + 1))`,
        [sid, eid, `${day}T06:00:00Z`, i * 2],
      );
    }
  }
  // People: [gender, nationality, institution at the decision].
  const people: [string, string, string | null][] = [
    ['female', 'SO', ids.academy], // 0: trained at A and B
    ['male', 'SO', ids.defence], // 1: trained at A (late counts half)
    ['male', 'SO', ids.interior], // 2: below A's minimum
    ['female', 'KE', ids.information], // 3: exactly 80% at B
    ['male', 'KE', null], // 4: conference only
    ['female', 'SO', ids.interior], // 5: cancelled at A
    ['male', 'KE', ids.information], // 6: never decided: counted with the person's own values
  ];
  for (const [i, [gender, nationality, institution]] of people.entries()) {
    await q(
      `INSERT INTO participants (id, full_name_latin, gender, nationality, institution_id)
       VALUES ($1, $2, $3, $4, $5)`,
      [ids.p[i], `Person ${i}`, gender, nationality, institution],
    );
  }
  const register = async (eid: string, person: number, status = 'approved', decided = true) => {
    const rid = id();
    reg.set(`${eid}:${person}`, rid);
    const [gender, country, institution] = people[person];
    await q(
      `INSERT INTO registrations (id, event_id, participant_id, status, source, decided_at,
                                  decided_institution_id, decided_country_code, decided_gender)
       VALUES ($1, $2, $3, $4, 'import', $5, $6, $7, $8)`,
      decided
        ? [rid, eid, ids.p[person], status, new Date(), institution, country, gender]
        : [rid, eid, ids.p[person], status, null, null, null, null],
    );
  };
  await register(ids.a, 0);
  await register(ids.a, 1);
  await register(ids.a, 2);
  await register(ids.a, 5, 'cancelled');
  await register(ids.b, 0);
  await register(ids.b, 3);
  await register(ids.c, 4);
  await register(ids.c, 6, 'approved', false);
  await register(ids.d, 1);
  const attend = (eid: string, person: number, statuses: string[]) =>
    Promise.all(
      statuses.map((status, i) =>
        q(
          `INSERT INTO attendance_records (event_id, session_id, participant_id, registration_id,
                                           status, method, taken_at)
           VALUES ($1, $2, $3, $4, $5, 'roster', now())`,
          [eid, sessions[eid][i], ids.p[person], regId(eid, person), status],
        ),
      ),
    );
  await attend(ids.a, 0, ['present', 'present', 'present', 'present']); // 100%
  await attend(ids.a, 1, ['present', 'present', 'present', 'late']); // 87.5%
  await attend(ids.a, 2, ['present', 'present', 'late']); // 62.5%
  await attend(ids.b, 0, ['present', 'present', 'present', 'present', 'present']); // 100%
  await attend(ids.b, 3, ['present', 'present', 'present', 'present', 'absent']); // 80%
  await attend(ids.c, 4, ['present']); // 50%
  await attend(ids.c, 6, ['present', 'present']); // 100%
  await attend(ids.d, 1, ['present', 'present']);
  await q(
    `INSERT INTO signing_keys (id, public_key, private_key_encrypted) VALUES ('k1', 'p', 's')`,
  );
  let serial = 0;
  const certificate = (eid: string, person: number, status = 'valid') => {
    serial += 1;
    return q(
      `INSERT INTO certificates (id, serial, event_id, registration_id, participant_id, template_id,
                                 claims, token, kid, status_index, status, issued_at)
       VALUES ($1, $2, $3, $4, $5, $6, '{}', 't', 'k1', $7, $8, now())`,
      [id(), `S-${serial}`, eid, regId(eid, person), ids.p[person], ids.template, serial, status],
    );
  };
  await certificate(ids.a, 0);
  await certificate(ids.a, 1);
  await certificate(ids.b, 0);
  await certificate(ids.b, 3, 'revoked');
  const evaluations: Record<string, string> = {};
  for (const kind of ['pre_test', 'post_test', 'survey']) {
    evaluations[kind] = id();
    await q(
      `INSERT INTO evaluations (id, event_id, kind, opens_at, closes_at) VALUES ($1, $2, $3, now(), now())`,
      [evaluations[kind], ids.a, kind],
    );
  }
  const respond = (
    person: number,
    kind: string,
    score: number | null,
    passed: boolean | null,
    rating: number | null,
  ) =>
    q(
      `INSERT INTO evaluation_responses (evaluation_id, event_id, kind, registration_id, channel,
                                         answers, score_percent, passed, rating_mean)
       VALUES ($1, $2, $3, $4, 'portal', '{}', $5, $6, $7)`,
      [evaluations[kind], ids.a, kind, regId(ids.a, person), score, passed, rating],
    );
  await respond(0, 'pre_test', 40, null, null);
  await respond(0, 'post_test', 80, true, null);
  await respond(0, 'survey', null, null, 4.5);
  await respond(1, 'pre_test', 50, null, null);
  await respond(1, 'post_test', 70, true, null);
  await respond(1, 'survey', null, null, 4);
  await respond(2, 'pre_test', 30, null, null);
  await respond(2, 'post_test', 40, false, null);
  return { sessions };
}

describe('reports', () => {
  let t: TestApp;
  let admin: Agent;
  let coordinator: Agent;
  let participant: Agent;
  let sessions: Record<string, string[]>;

  const dashboard = async (query = '', agent = admin, lang = 'en') =>
    (
      await agent
        .get(`/api/reports/dashboard${query ? `?${query}` : ''}`)
        .set('Accept-Language', lang)
        .expect(200)
    ).body as ReportDashboard;

  beforeAll(async () => {
    t = await createTestApp();
    admin = (await t.signIn(['admin'])).agent;
    const c = await t.signIn(['coordinator']);
    coordinator = c.agent;
    participant = (await t.signIn(['participant'])).agent;
    ({ sessions } = await buildWorld(t, c.user.id));
  });
  afterAll(() => t.close());

  it('gives exact figures for the whole world', async () => {
    const d = await dashboard();
    expect(d.totals).toEqual({
      eventsHeld: 3,
      conferencesHeld: 1,
      trainingsHeld: 2,
      hostCountries: 2,
      officialsTrained: 3,
      placesTrained: 4,
      countries: 2,
      institutions: 3,
      participants: 7,
      // (100 + 87.5 + 62.5 + 100 + 80 + 50 + 100) / 7
      attendanceRatePercent: 82.9,
      certificatesIssued: 3,
      knowledgeGainPoints: 23.3,
      postTestPassRatePercent: 66.7,
      satisfactionMean: 4.25,
    });
    expect(d.years).toEqual([2021, 2020]);
    expect(d.byYear).toEqual([
      {
        year: 2020,
        eventsHeld: 1,
        officialsTrained: 2,
        certificatesIssued: 2,
        attendanceRatePercent: 83.3,
      },
      {
        year: 2021,
        eventsHeld: 2,
        officialsTrained: 2,
        certificatesIssued: 1,
        attendanceRatePercent: 82.5,
      },
    ]);
    expect(d.byCountry).toEqual([
      { countryCode: 'SO', officialsTrained: 2, participants: 4 },
      { countryCode: 'KE', officialsTrained: 1, participants: 3 },
    ]);
    expect(
      d.byInstitution.map((i) => [
        i.name?.en ?? null,
        i.countryCode,
        i.officialsTrained,
        i.participants,
        i.certificatesIssued,
      ]),
    ).toEqual([
      ['Ministry of Interior', 'SO', 1, 3, 2],
      ['Ministry of Information', 'KE', 1, 2, 0],
      ['Ministry of Defence', 'SO', 1, 1, 1],
      [null, null, 0, 1, 0],
    ]);
    expect(d.byInstitution[0].institutionId).toBe(ids.interior);
    expect(d.byGender).toEqual([
      { gender: 'female', officialsTrained: 2 },
      { gender: 'male', officialsTrained: 1 },
    ]);
    expect(d.byPackage).toEqual([
      {
        lineageId: ids.lineage,
        title: { en: 'Extremist content v2', ar: 'المحتوى المتطرف' },
        deliveries: 2,
        officialsTrained: 3,
        knowledgeGainPoints: 23.3,
        satisfactionMean: 4.25,
      },
    ]);
    expect(d.summary).toBe(
      '3 international events held; 3 officials trained from 3 ministries in 2 countries, among them 2 from 2 ministries in Somalia; 3 certificates issued.',
    );
    expect(Date.parse(d.refreshedAt)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('filters by year, country, institution (and below it), gender, package and kind', async () => {
    const pick = (d: ReportDashboard) => [
      d.totals.eventsHeld,
      d.totals.participants,
      d.totals.officialsTrained,
      d.totals.certificatesIssued,
    ];
    expect(pick(await dashboard('yearFrom=2021&yearTo=2021'))).toEqual([2, 4, 2, 1]);
    expect(pick(await dashboard('yearTo=2020'))).toEqual([1, 3, 2, 2]);
    expect(pick(await dashboard('countryCode=KE'))).toEqual([2, 3, 1, 0]);
    expect(pick(await dashboard(`institutionId=${ids.interior}`))).toEqual([2, 3, 1, 2]);
    expect(pick(await dashboard(`institutionId=${ids.academy}`))).toEqual([2, 2, 1, 2]);
    expect(pick(await dashboard('gender=female'))).toEqual([2, 3, 2, 2]);
    expect(pick(await dashboard(`packageLineageId=${ids.lineage}`))).toEqual([2, 5, 3, 3]);
    expect(pick(await dashboard('eventKind=conference'))).toEqual([1, 2, 0, 0]);
    expect(pick(await dashboard('countryCode=SO&gender=male'))).toEqual([1, 2, 1, 1]);
    const somalia = await dashboard('countryCode=SO');
    expect(somalia.summary).toBe(
      '2 international events held; 2 officials trained from 2 ministries in Somalia; 3 certificates issued.',
    );
    expect((await dashboard('countryCode=SO', admin, 'fr')).summary).toBe(
      '2 événements internationaux tenus ; 2 fonctionnaires formés issus de 2 ministères (Somalie) ; 3 certificats délivrés.',
    );
    expect((await dashboard('countryCode=SO', admin, 'ar')).summary).toBe(
      'عُقدت فعاليتان دوليتان؛ دُرِّب مسؤولان من وزارتين في الصومال؛ صدرت 3 شهادات.',
    );
  });

  it('refuses invalid filters with a readable 400', async () => {
    const range = await admin.get('/api/reports/dashboard?yearFrom=2022&yearTo=2020').expect(400);
    expect(JSON.stringify(range.body)).toContain('The last year must not come before the first.');
    const country = await admin.get('/api/reports/dashboard?countryCode=Somalia').expect(400);
    expect(JSON.stringify(country.body)).toContain('countryCode');
    await admin.get('/api/reports/dashboard?colour=red').expect(400);
    await admin.get('/api/reports/events?sort=nonsense').expect(400);
  });

  it('shows coordinators only their events and refuses participants', async () => {
    const d = await dashboard('', coordinator);
    expect(d.totals.eventsHeld).toBe(1);
    expect(d.totals.participants).toBe(3);
    expect(d.totals.officialsTrained).toBe(2);
    expect(d.totals.certificatesIssued).toBe(2);
    expect(d.years).toEqual([2020]);
    const page = (await coordinator.get('/api/reports/events').expect(200)).body;
    expect(page.items.map((e: ReportEventRow) => e.eventId)).toEqual([ids.a]);
    await participant.get('/api/reports/dashboard').expect(403);
    await participant.get('/api/reports/events').expect(403);
    await participant.get('/api/reports/year-end.xlsx').expect(403);
  });

  it('lists the held events with search, sort and pagination', async () => {
    const all = (await admin.get('/api/reports/events?sort=startDate&order=asc').expect(200)).body;
    expect(all.total).toBe(3);
    expect(all.items.map((e: ReportEventRow) => e.title.en)).toEqual([
      'Mogadishu A',
      'Nairobi B',
      'Forum C',
    ]);
    expect(all.items[0]).toEqual({
      eventId: ids.a,
      title: { en: 'Mogadishu A', ar: 'Mogadishu A' },
      kind: 'training',
      startDate: '2020-01-12',
      countryCode: 'SO',
      participants: 3,
      officialsTrained: 2,
      attendanceRatePercent: 83.3,
      certificatesIssued: 2,
      knowledgeGainPoints: 23.3,
      satisfactionMean: 4.25,
    });
    // Attendance: B 90, A 83.3, C 75.
    const page2 = (
      await admin
        .get('/api/reports/events?sort=attendance&order=desc&pageSize=1&page=2')
        .expect(200)
    ).body;
    expect(page2).toMatchObject({ total: 3, page: 2, pageSize: 1 });
    expect(page2.items.map((e: ReportEventRow) => e.title.en)).toEqual(['Mogadishu A']);
    const found = (await admin.get('/api/reports/events?search=nairobi').expect(200)).body;
    expect(found.items.map((e: ReportEventRow) => e.eventId)).toEqual([ids.b]);
    // A person filter narrows each event's figures to the matching people.
    const women = (
      await admin.get('/api/reports/events?gender=female&sort=title&order=asc').expect(200)
    ).body;
    expect(
      women.items.map((e: ReportEventRow) => [e.title.en, e.participants, e.officialsTrained]),
    ).toEqual([
      ['Mogadishu A', 1, 1],
      ['Nairobi B', 2, 2],
    ]);
  });

  it('writes the year-end PDF in Arabic, then in English', async () => {
    const res = await admin
      .get('/api/reports/year-end.pdf?countryCode=SO')
      .buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain('attachment');
    const pdf = new PdfFile(res.body as Buffer);
    try {
      const text = normalise(pdf.text());
      // pdftotext drops the space between a digit and an Arabic word: compared without spaces.
      const arabic = text
        .replace(/ /g, '')
        .indexOf(
          'عُقدت فعاليتان دوليتان؛ دُرِّب مسؤولان من وزارتين في الصومال؛ صدرت 3 شهادات.'.replace(
            / /g,
            '',
          ),
        );
      const english = text.indexOf(
        '2 international events held; 2 officials trained from 2 ministries in Somalia; 3 certificates issued.',
      );
      expect(arabic).toBeGreaterThanOrEqual(0);
      expect(english).toBeGreaterThan(text.indexOf('الصومال'));
      expect(text).toContain('وزارة الداخلية');
      expect(text).toContain('Ministry of Defence');
      expect(text).toContain('Trained: an approved participant');
    } finally {
      pdf.remove();
    }
  });

  it('writes the year-end spreadsheet with the dashboard’s figures, as numbers', async () => {
    const res = await admin
      .get('/api/reports/year-end.xlsx')
      .set('Accept-Language', 'en')
      .buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const d = await dashboard();
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.body as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'Summary',
      'By ministry',
      'By gender',
      'By country',
      'By training package',
      'By year',
      'Events',
    ]);
    const summary = book.getWorksheet('Summary')!;
    const values = new Map<string, unknown>();
    summary.eachRow((row) => values.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(values.get('Officials trained')).toBe(d.totals.officialsTrained);
    expect(values.get('Certificates issued')).toBe(d.totals.certificatesIssued);
    expect(values.get('Attendance rate (%)')).toBe(d.totals.attendanceRatePercent);
    expect(values.get('Participants')).toBe(d.totals.participants);
    expect(summary.getRow(2).getCell(1).value).toBe(d.summary);
    const rows = (name: string) =>
      (book.getWorksheet(name)!.getSheetValues() as unknown[][]).slice(2).map((r) => r.slice(1));
    expect(rows('By ministry').map((r) => [r[0], ...r.slice(2)])).toEqual(
      d.byInstitution.map((i) => [
        i.name?.en ?? 'No institution',
        i.officialsTrained,
        i.participants,
        i.certificatesIssued,
      ]),
    );
    expect(rows('By year')).toEqual(
      d.byYear.map((y) => [
        String(y.year),
        y.eventsHeld,
        y.officialsTrained,
        y.certificatesIssued,
        y.attendanceRatePercent,
      ]),
    );
    expect(rows('Events')).toHaveLength(3);
  });

  it('shows changed coordinators, institution names and package titles at the next request', async () => {
    const c = await t.signIn(['coordinator']);
    expect((await dashboard('', c.agent)).totals.eventsHeld).toBe(0);
    await t.db.query('INSERT INTO event_coordinators (event_id, user_id) VALUES ($1, $2)', [
      ids.b,
      c.user.id,
    ]);
    expect((await dashboard('', c.agent)).totals.eventsHeld).toBe(1);
    await dashboard();
    await t.db.query(
      `UPDATE institutions SET name = name || '{"en":"Ministry of Interior and Security"}' WHERE id = $1`,
      [ids.interior],
    );
    await t.db.query(
      `UPDATE training_packages SET title = '{"en":"Extremism online"}' WHERE id = $1`,
      [ids.v2],
    );
    const d = await dashboard();
    expect(d.byInstitution[0].name?.en).toBe('Ministry of Interior and Security');
    expect(d.byPackage[0].title).toEqual({ en: 'Extremism online' });
  });

  it('keeps the facts fresh: new attendance and certificates show, edits and merges of people do not rewrite the past', async () => {
    const before = await dashboard();
    // Person 2 attends A's last session: 3.5 of 4 sessions, now over A's 75%.
    await t.db.query(
      `INSERT INTO attendance_records (event_id, session_id, participant_id, registration_id, status, method, taken_at)
       VALUES ($1, $2, $3, $4, 'present', 'roster', now())`,
      [ids.a, sessions[ids.a][3], ids.p[2], regId(ids.a, 2)],
    );
    let d = await dashboard();
    expect(d.totals.officialsTrained).toBe(before.totals.officialsTrained + 1);
    expect(d.totals.placesTrained).toBe(before.totals.placesTrained + 1);
    // Person 3's certificate at B, issued again after the revocation.
    await t.db.query(
      `INSERT INTO certificates (id, serial, event_id, registration_id, participant_id, template_id,
                                 claims, token, kid, status_index, status, issued_at)
       VALUES ($1, 'S-new', $2, $3, $4, $5, '{}', 't', 'k1', 99, 'valid', now())`,
      [id(), ids.b, regId(ids.b, 3), ids.p[3], ids.template],
    );
    d = await dashboard();
    expect(d.totals.certificatesIssued).toBe(before.totals.certificatesIssued + 1);
    const settled = { ...d, refreshedAt: '' };

    // Person 0 changes gender and ministry today; every event is recomputed: 2020 stays as decided.
    await t.db.query('UPDATE participants SET gender = $2, institution_id = $3 WHERE id = $1', [
      ids.p[0],
      'male',
      ids.information,
    ]);
    await t.db.query(
      `INSERT INTO report_stale_events (event_id) SELECT id FROM events ON CONFLICT DO NOTHING`,
    );
    expect({ ...(await dashboard()), refreshedAt: '' }).toEqual(settled);

    // Person 1 (trained at A) is found to be a duplicate of person 4 (conference only) and merged.
    await admin
      .post(`/api/participants/${ids.p[4]}/merge`)
      .set('Sec-Fetch-Site', 'same-origin')
      .send({ duplicateIds: [ids.p[1]] })
      .expect(200);
    const merged = await t.db.query('SELECT participant_id FROM registrations WHERE id = $1', [
      regId(ids.a, 1),
    ]);
    expect(merged[0].participant_id).toBe(ids.p[4]);
    expect({ ...(await dashboard()), refreshedAt: '' }).toEqual(settled);

    // Planning an event that is not held marks nothing stale: nothing is recomputed.
    await dashboard();
    await t.db.query(
      `INSERT INTO event_sessions (event_id, title, type, starts_at, ends_at)
       VALUES ($1, '{"en":"Extra"}', 'plenary', now() + interval '1 day', now() + interval '25 hours')`,
      [ids.d],
    );
    await t.db.query(`UPDATE events SET title = '{"en":"Live D, renamed"}' WHERE id = $1`, [ids.d]);
    expect(await t.db.query('SELECT event_id FROM report_stale_events')).toEqual([]);

    // An event that goes back from completed loses its figures.
    await t.db.query(`UPDATE events SET status = 'in_progress' WHERE id = $1`, [ids.c]);
    d = await dashboard();
    expect(d.totals.eventsHeld).toBe(2);
    expect(d.totals.conferencesHeld).toBe(0);
    const facts = await t.db.query(
      'SELECT count(*)::int AS n FROM report_registration_facts WHERE event_id = $1',
      [ids.c],
    );
    expect(facts[0].n).toBe(0);
  });

  it('keeps another API process right with no signal: it reloads what this one recomputed', async () => {
    // A second service over the same database holds its own copy of the facts, as a second
    // API process would.
    const other = new ReportsService(t.db);
    const someAdmin: SessionUser = {
      id: id(),
      email: 'other@multaqa.test',
      fullName: 'Other',
      roles: ['admin'],
      preferredLanguage: 'en',
      sessionId: id(),
    };
    const same = (d: ReportDashboard) => ({ ...d, refreshedAt: '' });
    expect(same(await other.dashboard({}, someAdmin, 'en'))).toEqual(same(await dashboard()));
    // Held again: this process recomputes it; the other learns it only from its version.
    await t.db.query(`UPDATE events SET status = 'completed' WHERE id = $1`, [ids.c]);
    const back = await dashboard();
    expect(back.totals.conferencesHeld).toBe(1);
    expect(await t.db.query('SELECT event_id FROM report_stale_events')).toEqual([]);
    expect(same(await other.dashboard({}, someAdmin, 'en'))).toEqual(same(back));
  });
});
