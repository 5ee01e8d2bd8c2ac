import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ImportReport, Participant } from '@multaqa/contract';
import ExcelJS from 'exceljs';
import { countryName } from '../src/geography/countries.js';
import { approvedPeople } from './support/attendance-fixtures.js';
import { defaultTemplate } from './support/certificate-fixtures.js';
import { type Agent, createEvent, publishedPackage, trainingInput } from './support/fixtures.js';
import { binary } from './support/binary.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** supertest hands binary bodies over as Buffers only with a parser like this. */
describe('participants', () => {
  let t: TestApp;
  let coordinator: Agent;
  let ministry: string;

  beforeAll(async () => {
    t = await createTestApp();
    coordinator = (await t.signIn(['coordinator'])).agent;
    const res = await coordinator
      .post('/api/institutions')
      .send({
        name: { en: 'Ministry of Internal Security', ar: 'وزارة الأمن الداخلي' },
        kind: 'ministry',
        countryCode: 'SO',
      })
      .expect(201);
    ministry = res.body.id;
  });
  afterAll(() => t.close());

  let n = 0;
  const official = (over: Record<string, unknown> = {}) => {
    n += 1;
    // Random names: sequential ones ("Official 3", "Official 4") are rightly seen as duplicates.
    return {
      fullNameAr: '',
      fullNameLatin: `Official ${randomUUID().slice(0, 8)}`,
      gender: 'male',
      nationality: 'SO',
      institutionId: ministry,
      email: `official${n}-${Date.now()}@example.so`,
      phone: null,
      ...over,
    };
  };

  describe('registry without duplicates', () => {
    it('creates a participant and validates the phone number', async () => {
      const res = await coordinator
        .post('/api/participants')
        .send(official({ phone: '+252 61 234 5678' }));
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        phone: '+252612345678',
        institution: { id: ministry },
        hasAccount: false,
      });
      const bad = await coordinator
        .post('/api/participants')
        .set('Accept-Language', 'fr')
        .send(official({ phone: '+252000' }));
      expect(bad.status).toBe(400);
      expect(bad.body.errors[0]).toMatchObject({ path: 'phone', code: 'phone_e164' });
      const impossible = await coordinator
        .post('/api/participants')
        .send(official({ phone: '+25200000000' }));
      expect(impossible.status).toBe(422);
      expect(impossible.body.errors[0]).toMatchObject({ path: 'phone', code: 'phone_invalid' });
    });

    it('shows likely duplicates — same phone, or an Arabic name spelled differently in the same ministry', async () => {
      const first = (
        await coordinator
          .post('/api/participants')
          .send(
            official({
              fullNameAr: 'فاطمة عبدالله إبراهيم',
              fullNameLatin: '',
              phone: '+252615550001',
            }),
          )
          .expect(201)
      ).body as Participant;
      const byName = await coordinator
        .post('/api/participants')
        .send(official({ fullNameAr: 'فاطمه عبداللة ابراهيم', fullNameLatin: '' }));
      expect(byName.status).toBe(409);
      expect(byName.body.code).toBe('participant_duplicates');
      expect(byName.body.duplicates).toEqual([
        expect.objectContaining({
          participant: expect.objectContaining({ id: first.id }),
          reasons: ['name'],
        }),
      ]);
      const byPhone = await coordinator
        .post('/api/participants')
        .send(official({ phone: '+252615550001', institutionId: null }));
      expect(byPhone.body.duplicates[0].reasons).toEqual(['phone']);
      const anyway = await coordinator.post('/api/participants').send(
        official({
          fullNameAr: 'فاطمه عبداللة ابراهيم',
          fullNameLatin: '',
          allowDuplicate: true,
        }),
      );
      expect(anyway.status).toBe(201);
      const listed = await coordinator
        .get(`/api/participants/${anyway.body.id}/duplicates`)
        .expect(200);
      expect(listed.body.map((d: { participant: { id: string } }) => d.participant.id)).toEqual([
        first.id,
      ]);
    });

    it('never lets one email be two people, whatever its case', async () => {
      const input = official();
      await coordinator.post('/api/participants').send(input).expect(201);
      const again = await coordinator
        .post('/api/participants')
        .send({ ...official(), email: input.email.toUpperCase(), allowDuplicate: true });
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('participant_email_taken');
    });

    it('merges duplicates, keeping every registration and the history', async () => {
      const pkg = await publishedPackage(coordinator);
      const e1 = await createEvent(coordinator, trainingInput(pkg.id));
      const e2 = await createEvent(coordinator, trainingInput(pkg.id));
      const kept = (
        await coordinator
          .post('/api/participants')
          .send(official({ phone: null }))
          .expect(201)
      ).body as Participant;
      const dup = (
        await coordinator
          .post('/api/participants')
          .send(
            official({
              fullNameLatin: kept.fullNameLatin.toUpperCase(),
              phone: '+252615550099',
              allowDuplicate: true,
            }),
          )
          .expect(201)
      ).body as Participant;
      await coordinator
        .post(`/api/events/${e1.id}/registrations`)
        .send({ participantId: kept.id })
        .expect(201);
      await coordinator
        .post(`/api/events/${e2.id}/registrations`)
        .send({ participantId: dup.id })
        .expect(201);
      const merged = await coordinator
        .post(`/api/participants/${kept.id}/merge`)
        .send({ duplicateIds: [dup.id] });
      expect(merged.status).toBe(200);
      expect(merged.body).toMatchObject({
        id: kept.id,
        phone: '+252615550099',
        registrationCount: 2,
      });
      expect((await coordinator.get(`/api/participants/${dup.id}`)).status).toBe(404);
      const e2regs = await coordinator.get(`/api/events/${e2.id}/registrations`).expect(200);
      expect(e2regs.body.items[0].participant.id).toBe(kept.id);
      const history = await t.db.query(
        'SELECT merged_id, snapshot FROM participant_merges WHERE kept_id = $1',
        [kept.id],
      );
      expect(history).toEqual([
        expect.objectContaining({
          merged_id: dup.id,
          snapshot: expect.objectContaining({ email: dup.email }),
        }),
      ]);
    });

    it('merges two registrations at one event with their certificates and answers, and refuses two valid certificates', async () => {
      const admin = (await t.signIn(['admin'])).agent;
      const template = await defaultTemplate(admin);
      const pkg = await publishedPackage(coordinator);
      const event = await createEvent(coordinator, trainingInput(pkg.id));
      const [kept, dup] = await approvedPeople(t, event.id, 2);
      // Their badges: signed, so the signing key the certificates name exists.
      await coordinator.get(`/api/events/${event.id}/badges`).expect(200);
      const certificate = async (registrationId: string, participantId: string, status: string) =>
        (
          await t.db.query(
            `INSERT INTO certificates (id, serial, event_id, registration_id, participant_id, template_id,
                                       claims, token, kid, status_index, status, issued_at)
             VALUES (gen_random_uuid(), 'MQ-TEST-' || nextval('certificate_status_index_seq'), $1, $2, $3,
                     $4, '{}', 'token', (SELECT id FROM signing_keys LIMIT 1),
                     nextval('certificate_status_index_seq'), $5, now())
             RETURNING id`,
            [event.id, registrationId, participantId, template.id, status],
          )
        )[0].id as string;
      const [survey] = await t.db.query(
        `INSERT INTO evaluations (event_id, kind, opens_at, closes_at)
         VALUES ($1, 'survey', now(), now() + interval '1 day') RETURNING id`,
        [event.id],
      );
      const answer = (registrationId: string, note: string) =>
        t.db.query(
          `INSERT INTO evaluation_responses (evaluation_id, event_id, kind, registration_id, channel, answers)
           VALUES ($1, $2, 'survey', $3, 'portal', $4)`,
          [survey.id, event.id, registrationId, JSON.stringify({ note })],
        );
      const merge = () =>
        coordinator
          .post(`/api/participants/${kept.participantId}/merge`)
          .set('Accept-Language', 'fr')
          .send({ duplicateIds: [dup.participantId] });

      // Both hold a valid certificate for the event: a person revokes one first.
      const keptValid = await certificate(kept.registrationId, kept.participantId, 'valid');
      const dupValid = await certificate(dup.registrationId, dup.participantId, 'valid');
      const refused = await merge();
      expect(refused.status).toBe(409);
      expect(refused.body.code).toBe('merge_two_valid_certificates');
      expect(refused.body.title).toMatch(/^Les deux fiches/);
      expect((await coordinator.get(`/api/participants/${dup.participantId}`)).status).toBe(200);

      // Once revoked, it follows the kept registration, as do the answers; one answer each.
      await t.db.query(
        `UPDATE certificates SET status = 'revoked', revoked_at = now() WHERE id = $1`,
        [dupValid],
      );
      await answer(kept.registrationId, 'kept');
      await answer(dup.registrationId, 'duplicate');
      expect((await merge()).status).toBe(200);
      const certificates = await t.db.query(
        `SELECT id, registration_id, participant_id, status FROM certificates WHERE event_id = $1
          ORDER BY status`,
        [event.id],
      );
      expect(certificates).toEqual([
        {
          id: keptValid,
          registration_id: kept.registrationId,
          participant_id: kept.participantId,
          status: 'valid',
        },
        {
          id: dupValid,
          registration_id: kept.registrationId,
          participant_id: kept.participantId,
          status: 'revoked',
        },
      ]);
      const responses = await t.db.query(
        `SELECT registration_id, answers FROM evaluation_responses WHERE evaluation_id = $1`,
        [survey.id],
      );
      expect(responses).toEqual([
        { registration_id: kept.registrationId, answers: { note: 'kept' } },
      ]);
      const [history] = await t.db.query(
        'SELECT snapshot FROM participant_merges WHERE merged_id = $1',
        [dup.participantId],
      );
      expect(history.snapshot.droppedResponses).toEqual([
        expect.objectContaining({ answers: { note: 'duplicate' } }),
      ]);
    });

    it('keeps people from coordinators who have nothing to do with them', async () => {
      const mine = (await coordinator.post('/api/participants').send(official()).expect(201))
        .body as Participant;
      const other = (await t.signIn(['coordinator'])).agent;
      expect((await other.get(`/api/participants/${mine.id}`)).status).toBe(404);
      const list = await other.get('/api/participants').query({ pageSize: 100 }).expect(200);
      expect(list.body.items.map((p: Participant) => p.id)).not.toContain(mine.id);
      const trainer = (await t.signIn(['trainer'])).agent;
      expect((await trainer.get('/api/participants')).status).toBe(403);
    });
  });

  describe('import', () => {
    const csv = (rows: string[]) =>
      [
        'fullNameAr,fullNameLatin,gender,nationality,institution,position,email,phone,preferredLanguage',
        ...rows,
      ].join('\n');

    it('previews every row with its status and reason, writes nothing, then commits the valid rows', async () => {
      const existing = (await coordinator.post('/api/participants').send(official()).expect(201))
        .body as Participant;
      const stamp = Date.now();
      const file = csv([
        `أحمد علي,Ahmed Ali ${stamp},male,SO,Ministry of Internal Security,Officer,ahmed${stamp}@x.so,+252612000001,ar`,
        `,Amina Yusuf ${stamp},أنثى,SO,وزارة الامن الداخلي,Analyst,amina${stamp}@x.so,,fr`,
        `,Bad Gender ${stamp},unknown,SO,,,bad${stamp}@x.so,,en`,
        `,Nowhere ${stamp},male,SO,Ministry of Magic,,nowhere${stamp}@x.so,,en`,
        `,Existing person,male,SO,,,${existing.email},,en`,
        `,Ahmed Again ${stamp},male,SO,,,ahmed${stamp}@x.so,,en`,
      ]);
      const preview = await coordinator
        .post('/api/participants/import/preview')
        .set('Content-Type', 'text/csv')
        .set('Accept-Language', 'en')
        .send(file);
      expect(preview.status).toBe(200);
      const report = preview.body as ImportReport;
      expect(report.counts).toEqual({ valid: 2, duplicate: 1, error: 3 });
      expect(report.rows.map((r) => [r.row, r.status])).toEqual([
        [2, 'valid'],
        [3, 'valid'],
        [4, 'error'],
        [5, 'error'],
        [6, 'duplicate'],
        [7, 'error'],
      ]);
      expect(report.rows[2].errors[0]).toMatchObject({ field: 'gender' });
      expect(report.rows[3].errors).toEqual([
        { field: 'institution', message: 'There is no such institution.' },
      ]);
      expect(report.rows[4].duplicateOf?.[0].id).toBe(existing.id);
      expect(report.rows[5].errors[0].message).toBe('Same person as row 2 of this file.');
      expect(
        (await coordinator.get('/api/participants').query({ q: `Ahmed Ali ${stamp}` })).body.total,
      ).toBe(0);

      const commit = await coordinator
        .post('/api/participants/import/commit')
        .set('Content-Type', 'text/csv')
        .send(file);
      expect(commit.status).toBe(201);
      expect(commit.body.created).toBe(2);
      const ahmed = (await coordinator.get('/api/participants').query({ q: `Ahmed Ali ${stamp}` }))
        .body.items[0] as Participant;
      expect(ahmed).toMatchObject({
        phone: '+252612000001',
        institution: { id: ministry },
        preferredLanguage: 'ar',
      });
      const amina = (
        await coordinator.get('/api/participants').query({ q: `Amina Yusuf ${stamp}` })
      ).body.items[0] as Participant;
      expect(amina).toMatchObject({ gender: 'female', institution: { id: ministry } });
    });

    it('round-trips the XLSX template', async () => {
      const template = await coordinator
        .get('/api/participants/import/template.xlsx')
        .buffer(true)
        .parse(binary as never)
        .expect(200);
      expect(template.headers['content-type']).toBe(XLSX);
      const preview = await coordinator
        .post('/api/participants/import/preview')
        .set('Content-Type', XLSX)
        .send(template.body as Buffer);
      expect(preview.status).toBe(200);
      // Its example row names this test's ministry and the phone of the first test's official.
      expect(preview.body.rows).toEqual([
        expect.objectContaining({
          row: 2,
          status: 'duplicate',
          errors: [],
          fullName: 'Abdi Warsame / عبدي وارسامي',
        }),
      ]);
      expect(preview.body.rows[0].duplicateOf[0].phone).toBe('+252612345678');
    });

    it("writes the template in the reader's language, and reads headers in any of the three", async () => {
      const template = await coordinator
        .get('/api/participants/import/template.xlsx?lang=ar')
        .buffer(true)
        .parse(binary as never)
        .expect(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(template.body as never);
      const sheet = book.worksheets[0];
      expect(sheet.name).toBe('المشاركون');
      expect(sheet.views[0]).toMatchObject({ rightToLeft: true });
      expect(sheet.getRow(1).values).toEqual([
        undefined,
        'الاسم (بالعربية)',
        'الاسم (باللاتينية)',
        'الجنس',
        'الجنسية',
        'المؤسسة',
        'المنصب',
        'البريد الإلكتروني',
        'الهاتف',
        'اللغة',
      ]);
      const english = await coordinator
        .get('/api/participants/import/template.xlsx?lang=en')
        .buffer(true)
        .parse(binary as never)
        .expect(200);
      const englishBook = new ExcelJS.Workbook();
      await englishBook.xlsx.load(english.body as never);
      expect(englishBook.worksheets[0].views[0]?.rightToLeft).toBeFalsy();
      expect(englishBook.worksheets[0].getRow(1).getCell(1).value).toBe('Name (Arabic)');

      // The Arabic template imports, and so does a sheet whose headers mix French and Arabic.
      const preview = await coordinator
        .post('/api/participants/import/preview')
        .set('Content-Type', XLSX)
        .send(template.body as Buffer)
        .expect(200);
      expect(preview.body.rows[0]).toMatchObject({ fullName: 'Abdi Warsame / عبدي وارسامي' });
      expect(preview.body.rows[0].errors).toEqual([]);
      const stamp = Date.now();
      const mixed = [
        'Nom (latin),  GENRE ,الجنسية,E-mail,Langue',
        `Mixed Headers ${stamp},femme,SO,mixed${stamp}@x.so,fr`,
      ].join('\n');
      const read = await coordinator
        .post('/api/participants/import/preview')
        .set('Content-Type', 'text/csv')
        .send(mixed)
        .expect(200);
      expect(read.body.rows).toEqual([
        expect.objectContaining({
          status: 'valid',
          fullName: `Mixed Headers ${stamp}`,
          errors: [],
        }),
      ]);
    });

    it('says clearly when the file is not a spreadsheet', async () => {
      const res = await coordinator
        .post('/api/participants/import/preview')
        .set('Content-Type', XLSX)
        .send(Buffer.from('not a zip'));
      expect(res.status).toBe(422);
      expect(res.body.code).toBe('import_unreadable');
      const none = await coordinator
        .post('/api/participants/import/preview')
        .set('Content-Type', 'application/json')
        .send({});
      expect(none.status).toBe(422);
      expect(none.body.code).toBe('import_no_file');
    });
  });

  it('exports an event’s registrations to XLSX with headers in the reader’s language', async () => {
    const pkg = await publishedPackage(coordinator);
    const event = await createEvent(coordinator, trainingInput(pkg.id));
    await coordinator
      .put(`/api/events/${event.id}/registration-form`)
      .send({
        questions: [
          { key: 'visa', kind: 'yes_no', label: { en: 'Visa?', ar: 'تأشيرة؟' } },
          { key: 'unit', kind: 'text', label: { en: 'Unit' } },
        ],
      })
      .expect(200);
    const p = (await coordinator.post('/api/participants').send(official()).expect(201))
      .body as Participant;
    const registration = (
      await coordinator
        .post(`/api/events/${event.id}/registrations`)
        .send({ participantId: p.id, answers: { visa: true } })
        .expect(201)
    ).body as { createdAt: string };
    const res = await coordinator
      .get(`/api/events/${event.id}/registrations/export.xlsx?lang=ar`)
      .buffer(true)
      .parse(binary as never)
      .expect(200);
    expect(res.headers['content-disposition']).toMatch(/registrations-2020-01-12\.xlsx/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.body as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    expect(sheet.name).toBe('التسجيلات');
    expect(sheet.views[0].rightToLeft).toBe(true);
    expect(sheet.getRow(1).getCell(1).value).toBe('الاسم (بالعربية)');
    // The country in the reader's language, and the time as text on the event's clock.
    expect(sheet.getRow(2).getCell(4).value).toBe(countryName(p.nationality, 'ar'));
    expect(sheet.getRow(1).getCell(11).value).toBe('تاريخ التسجيل (بتوقيت الفعالية)');
    const registeredAt = new Intl.DateTimeFormat('ar-u-nu-latn', {
      timeZone: 'Africa/Mogadishu',
      dateStyle: 'medium',
      timeStyle: 'short',
    }).format(new Date(registration.createdAt));
    expect(sheet.getRow(2).getCell(11).value).toBe(registeredAt);
    expect(sheet.getRow(2).getCell(2).value).toBe(p.fullNameLatin);
    // Events ask for approval unless told otherwise: a nomination waits as "submitted".
    expect(sheet.getRow(2).getCell(9).value).toBe('مقدَّم');
    // The event's own questions follow, headed in the reader's language where it has a label.
    expect(sheet.getRow(1).getCell(12).value).toBe('تأشيرة؟');
    expect(sheet.getRow(1).getCell(13).value).toBe('Unit');
    expect(sheet.getRow(2).getCell(12).value).toBe('نعم');
    expect(sheet.getRow(2).getCell(13).value ?? '').toBe('');
  });
});
