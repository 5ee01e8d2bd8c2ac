import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Event, Job } from '@multaqa/contract';
import ExcelJS from 'exceljs';
import { type Agent, publishedPackage, openEvent } from './support/fixtures.js';
import { JobsService } from '../src/jobs/jobs.service.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const HEADER =
  'fullNameAr,fullNameLatin,gender,nationality,institution,position,email,phone,preferredLanguage';

/** Distinct people (names far apart), so every row is valid. */
const peopleCsv = (count: number) =>
  [
    HEADER,
    ...Array.from({ length: count }, (_, i) => {
      const tag = randomUUID().slice(0, 12);
      return `مشارك ${tag},Official ${tag},${i % 2 ? 'female' : 'male'},SO,,Officer,bulk-${tag}@x.so,,en`;
    }),
  ].join('\n');

describe('uploads: limits and background imports', () => {
  let t: TestApp;
  let coordinator: Agent;
  let coordinatorId: string;
  let event: Event;

  beforeAll(async () => {
    t = await createTestApp({
      IMPORT_MAX_BYTES: String(512 * 1024),
      IMPORT_MAX_ROWS: '300',
      IMPORT_MAX_UNCOMPRESSED_BYTES: String(2 * 1024 * 1024),
      IMPORT_BATCH_ROWS: '40',
    });
    const signedIn = await t.signIn(['coordinator']);
    coordinator = signedIn.agent;
    coordinatorId = signedIn.user.id;
    const pkg = await publishedPackage(coordinator);
    event = await openEvent(coordinator, pkg.id, { capacity: 500 });
  });

  afterAll(async () => {
    await t.close();
  });

  const waitFor = async (agent: Agent, id: string): Promise<Job[]> => {
    const seen: Job[] = [];
    for (let i = 0; i < 200; i += 1) {
      const res = await agent.get(`/api/jobs/${id}`).expect(200);
      seen.push(res.body as Job);
      if (res.body.status === 'completed' || res.body.status === 'failed') return seen;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`job ${id} did not finish: ${JSON.stringify(seen.at(-1))}`);
  };

  it('refuses a zip bomb from its declared sizes, before parsing, naming the limit', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('participants');
    sheet.addRow(HEADER.split(','));
    // One shared string of 3 MB: a few kilobytes once compressed.
    sheet.addRow(['x'.repeat(3 * 1024 * 1024), 'Someone', 'male', 'SO']);
    const file = Buffer.from(await book.xlsx.writeBuffer());
    expect(file.length).toBeLessThan(64 * 1024);
    const res = await coordinator
      .post('/api/participants/import/preview')
      .set('Content-Type', XLSX)
      .set('Accept-Language', 'en')
      .send(file);
    expect(res.status).toBe(413);
    expect(res.body.code).toBe('import_inflates_too_much');
    expect(res.body.detail).toContain('2 MB');
    expect(res.headers['content-type']).toContain('application/problem+json');
  });

  it('refuses a zip whose directory declares less than its entries inflate to', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('participants');
    sheet.addRow(HEADER.split(','));
    sheet.addRow(['x'.repeat(1536 * 1024), 'Someone', 'male', 'SO']);
    const file = Buffer.from(await book.xlsx.writeBuffer());
    // Central directory headers (PK\x01\x02) keep the uncompressed size at offset 24: make the
    // largest entry claim 1,000 bytes, as a crafted bomb would.
    let largest = -1;
    for (let at = file.indexOf('PK\x01\x02'); at >= 0; at = file.indexOf('PK\x01\x02', at + 4)) {
      if (largest < 0 || file.readUInt32LE(at + 24) > file.readUInt32LE(largest + 24)) largest = at;
    }
    expect(file.readUInt32LE(largest + 24)).toBeGreaterThan(1536 * 1024);
    file.writeUInt32LE(1000, largest + 24);
    const res = await coordinator
      .post('/api/participants/import/preview')
      .set('Content-Type', XLSX)
      .send(file);
    expect(res.status).toBe(413);
    expect(res.body.code).toBe('import_inflates_too_much');
  });

  it('refuses more rows than the limit, naming it, in XLSX and CSV', async () => {
    const csv = await coordinator
      .post('/api/participants/import/preview')
      .set('Content-Type', 'text/csv')
      .set('Accept-Language', 'fr')
      .send(peopleCsv(301));
    expect(csv.status).toBe(422);
    expect(csv.body.code).toBe('import_too_many_rows');
    expect(csv.body.detail).toContain('300');

    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('participants');
    sheet.addRow(HEADER.split(','));
    for (let i = 0; i < 301; i += 1) sheet.addRow(['', `Person ${i}`, 'male', 'SO']);
    const xlsx = await coordinator
      .post('/api/participants/import/commit')
      .set('Content-Type', XLSX)
      .send(Buffer.from(await book.xlsx.writeBuffer()));
    expect(xlsx.status).toBe(422);
    expect(xlsx.body.code).toBe('import_too_many_rows');
  });

  it('refuses a file over the size limit with 413, naming the limit', async () => {
    const res = await coordinator
      .post('/api/participants/import/preview')
      .set('Content-Type', 'text/csv')
      .set('Accept-Language', 'en')
      .send(`${HEADER}\n${'a,'.repeat(300 * 1024)}`);
    expect(res.status).toBe(413);
    expect(res.body.code).toBe('import_too_large');
    expect(res.body.detail).toContain('0.5 MB');
  });

  it('commits a large registrations import as a job, batch by batch, to completion', async () => {
    const res = await coordinator
      .post(`/api/events/${event.id}/registrations/import`)
      .set('Content-Type', 'text/csv')
      .send(peopleCsv(150));
    expect(res.status).toBe(202);
    const job = res.body.job as Job;
    expect(job).toMatchObject({ kind: 'registrations-import', total: 150, eventId: event.id });
    const seen = await waitFor(coordinator, job.id);
    const last = seen.at(-1)!;
    expect(last).toMatchObject({
      status: 'completed',
      done: 150,
      total: 150,
      error: null,
      result: { counts: { valid: 150, duplicate: 0, error: 0 }, created: 150, registered: 150 },
    });
    // Progress only goes forward, in whole batches.
    const done = seen.map((s) => s.done);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(done.every((d) => d % 40 === 0 || d === 150)).toBe(true);
    const regs = await coordinator
      .get(`/api/events/${event.id}/registrations`)
      .query({ pageSize: 1 })
      .expect(200);
    expect(regs.body.total).toBe(150);

    // A small import still answers at once, and the same people are not registered twice.
    const small = await coordinator
      .post(`/api/events/${event.id}/registrations/import`)
      .set('Content-Type', 'text/csv')
      .send(peopleCsv(3));
    expect(small.status).toBe(201);
    expect(small.body).toMatchObject({ created: 3, registered: 3 });
  });

  it('commits a large participants import as a job; only its creator and admins read it', async () => {
    const res = await coordinator
      .post('/api/participants/import/commit')
      .set('Content-Type', 'text/csv')
      .send(peopleCsv(90));
    expect(res.status).toBe(202);
    const job = res.body.job as Job;
    const last = (await waitFor(coordinator, job.id)).at(-1)!;
    expect(last).toMatchObject({
      status: 'completed',
      done: 90,
      total: 90,
      result: { created: 90 },
    });
    const [{ n }] = (await t.db.query(
      `SELECT count(*)::int AS n FROM participants WHERE created_by_id = $1 AND email LIKE 'bulk-%'`,
      [coordinatorId],
    )) as { n: number }[];
    expect(n).toBeGreaterThanOrEqual(90);
    // The job wrote on its creator's behalf: the audit log names the coordinator for each row.
    const [audit] = (await t.db.query(
      `SELECT count(*) FILTER (WHERE a.actor_id = $1)::int AS theirs,
              count(*) FILTER (WHERE a.actor_id IS DISTINCT FROM $1)::int AS others
         FROM audit_log a JOIN participants p ON p.id::text = a.entity_id
        WHERE a.entity_type = 'participants' AND a.action = 'insert'
          AND p.email LIKE 'bulk-%' AND p.created_by_id = $1`,
      [coordinatorId],
    )) as { theirs: number; others: number }[];
    expect(audit).toEqual({ theirs: n, others: 0 });

    const other = (await t.signIn(['coordinator'])).agent;
    const refused = await other.get(`/api/jobs/${job.id}`);
    expect(refused.status).toBe(404);
    expect(refused.body.code).toBe('not_found');
    const admin = (await t.signIn(['admin'])).agent;
    await admin.get(`/api/jobs/${job.id}`).expect(200);
    await t.http().get(`/api/jobs/${job.id}`).expect(401);
  });

  it('resumes a retried job after its last committed batch, writing nothing twice', async () => {
    const tag = randomUUID().slice(0, 8);
    const item = (n: number) => ({
      fields: {
        fullNameAr: `مستأنف ${tag} ${n}`,
        fullNameLatin: `Resumed ${tag} ${n}`,
        gender: 'female',
        nationality: 'SO',
        institutionId: null,
        position: '',
        email: `resume-${tag}-${n}@x.so`,
        phone: null,
        preferredLanguage: 'en',
      },
    });
    // As an earlier attempt leaves it: the first batch (40 items) committed, then a crash.
    const [{ id }] = (await t.db.query(
      `INSERT INTO jobs (kind, status, done, total, created_by, input, result)
       VALUES ('participants-import', 'running', 40, 100, $1, $2, '{"created": 100}')
       RETURNING id`,
      [coordinatorId, JSON.stringify(Array.from({ length: 100 }, (_, n) => item(n)))],
    )) as { id: string }[];
    await t.app.get(JobsService).send('participants-import', { jobId: id });
    const last = (await waitFor(coordinator, id)).at(-1)!;
    expect(last).toMatchObject({ status: 'completed', done: 100, total: 100 });
    const rows = (await t.db.query(
      `SELECT email FROM participants WHERE email LIKE $1 ORDER BY email`,
      [`resume-${tag}-%`],
    )) as { email: string }[];
    expect(rows).toHaveLength(60);
    expect(rows.map((r) => r.email)).not.toContain(`resume-${tag}-0@x.so`);
    expect(rows.map((r) => r.email)).toContain(`resume-${tag}-40@x.so`);
  });
});
