import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Event, type Language, validationMessages } from '@multaqa/contract';
import { socialMediaPackage } from '../src/database/seed/demo-data.js';
import { type Agent, publishedPackage, openEvent } from './support/fixtures.js';
import { SmtpCatcher } from './support/smtp-catcher.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/**
 * Text nobody types by accident: NUL (which PostgreSQL cannot store, so it used to end in a
 * 500), other controls, bidi overrides, invisible-only values, line breaks in one-line fields.
 * Each is a 400 naming the field, in the caller's language; and emails treat stored values as data.
 */
const LANGS: Language[] = ['ar', 'en', 'fr'];

type FieldError = { path: string; code: string; message: string };

function expectFieldError(
  res: { status: number; body: { errors?: FieldError[] } },
  path: string,
  code: string,
  lang: Language = 'en',
) {
  expect(res.status).toBe(400);
  expect(res.body.errors).toEqual(
    expect.arrayContaining([{ path, code, message: validationMessages[lang][code] }]),
  );
}

describe('hostile text input', () => {
  let t: TestApp;
  let smtp: SmtpCatcher;
  let admin: Agent;
  let coordinator: Agent;
  let event: Event;
  let counter = 0;

  const newcomer = (overrides: Record<string, unknown> = {}) => {
    counter += 1;
    return {
      fullNameLatin: `Hostile Test ${counter}`,
      gender: 'female',
      nationality: 'SO',
      email: `hostile-${counter}-${Date.now()}@example.org`,
      preferredLanguage: 'en',
      ...overrides,
    };
  };

  beforeAll(async () => {
    smtp = await new SmtpCatcher().start();
    t = await createTestApp({
      SMTP_URL: smtp.url,
      MAIL_RETRY_LIMIT: '1',
      MAIL_RETRY_DELAY_SECONDS: '1',
      PUBLIC_URL: 'http://multaqa.test',
    });
    admin = (await t.signIn(['admin'])).agent;
    coordinator = (await t.signIn(['coordinator'])).agent;
    const pkg = await publishedPackage(coordinator);
    event = await openEvent(coordinator, pkg.id, {
      capacity: 50,
      form: { approvalRequired: true },
    });
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  describe('NUL', () => {
    it.each(LANGS)('in a body field is a field error in %s, not a 500', async (lang) => {
      const res = await coordinator
        .post('/api/institutions')
        .set('Accept-Language', lang)
        .send({ name: { en: 'Ministry\u0000of Nothing' }, kind: 'ministry', countryCode: 'SO' });
      expectFieldError(res, 'name.en', 'text_control', lang);
    });

    it.each(LANGS)('in q of a staff list is a field error in %s', async (lang) => {
      const lists = [
        '/api/participants',
        '/api/events',
        '/api/users',
        '/api/users/staff',
        '/api/institutions',
        '/api/training-packages',
        '/api/outbox',
        `/api/events/${event.id}/registrations`,
      ];
      for (const path of lists) {
        const res = await admin.get(path).set('Accept-Language', lang).query({ q: 'ab\u0000c' });
        expectFieldError(res, 'q', 'text_control', lang);
      }
    });

    it.each(LANGS)('in q of the public events list, anonymously, in %s', async (lang) => {
      const res = await t
        .http()
        .get('/api/public/events')
        .set('Accept-Language', lang)
        .query({ q: '\u0000' });
      expectFieldError(res, 'q', 'text_control', lang);
    });

    it.each(LANGS)('on the public registration form, anonymously, in %s', async (lang) => {
      const res = await t
        .http()
        .post(`/api/public/events/${event.id}/registrations`)
        .set('Accept-Language', lang)
        .send({
          ...newcomer({ fullNameLatin: 'Abdi\u0000Warsame' }),
          password: 'a-long-password',
          submissionId: randomUUID(),
          answers: {},
        });
      expectFieldError(res, 'fullNameLatin', 'text_control', lang);
    });

    it('in a free-text answer and in a route id does not reach the database', async () => {
      const res = await coordinator
        .post(`/api/events/${event.id}/registrations`)
        .send({ participant: newcomer(), answers: { note: 'a\u0000b' } });
      expectFieldError(res, 'answers.note', 'text_control');
      const id = await t.http().get('/api/public/events/%00').set('Accept-Language', 'en');
      expect(id.status).toBe(404);
      const lang = await t.http().get('/api/public/events').query({ lang: '\u0000' });
      expect(lang.status).toBe(200);
    });
  });

  it.each(LANGS)('refuses a bidi override in a name, in %s', async (lang) => {
    const res = await coordinator
      .post('/api/participants')
      .set('Accept-Language', lang)
      .send(newcomer({ fullNameLatin: 'Abdi \u202Eemasraw' }));
    expectFieldError(res, 'fullNameLatin', 'text_bidi', lang);
    const isolate = await coordinator
      .post('/api/participants')
      .set('Accept-Language', lang)
      .send(newcomer({ fullNameAr: 'عبدي \u2067x\u2069' }));
    expectFieldError(isolate, 'fullNameAr', 'text_bidi', lang);
  });

  it('keeps the direction marks Arabic text needs', async () => {
    const res = await coordinator
      .post('/api/participants')
      .send(newcomer({ fullNameAr: 'عبدي \u200EAbdi\u200F' }));
    expect(res.status).toBe(201);
    expect(res.body.fullNameAr).toBe('عبدي \u200EAbdi\u200F');
  });

  it.each(LANGS)('refuses a name made only of invisible characters, in %s', async (lang) => {
    const user = await admin
      .post('/api/users')
      .set('Accept-Language', lang)
      .send({
        email: `invisible-${lang}-${Date.now()}@example.org`,
        fullName: '\u200B\u200C\u200D\u2060',
        password: 'a-long-password-1',
        roles: ['trainer'],
      });
    expectFieldError(user, 'fullName', 'text_invisible', lang);
    const person = await coordinator
      .post('/api/participants')
      .set('Accept-Language', lang)
      .send(newcomer({ fullNameAr: '\u200F\u3164\u200F' }));
    expectFieldError(person, 'fullNameAr', 'text_invisible', lang);
  });

  it.each(LANGS)('refuses a line break in a single-line field, in %s', async (lang) => {
    const res = await t
      .http()
      .post(`/api/public/events/${event.id}/registrations`)
      .set('Accept-Language', lang)
      .send({
        ...newcomer({ fullNameLatin: 'Abdi\nClick https://evil.example to confirm' }),
        password: 'a-long-password',
        submissionId: randomUUID(),
        answers: {},
      });
    expectFieldError(res, 'fullNameLatin', 'text_line_break', lang);
    const city = await coordinator
      .patch(`/api/events/${event.id}`)
      .set('Accept-Language', lang)
      .send({ city: { en: 'Mogadishu\r\nBcc: someone@example.org' } });
    expectFieldError(city, 'city.en', 'text_line_break', lang);
    const title = await coordinator
      .patch(`/api/events/${event.id}`)
      .set('Accept-Language', lang)
      .send({ title: { en: 'Title\twith a tab' } });
    expectFieldError(title, 'title.en', 'text_line_break', lang);
  });

  it('keeps line breaks in a description, stored with \\n only', async () => {
    const res = await coordinator.post('/api/training-packages').send({
      ...socialMediaPackage,
      description: { en: 'First line.\r\nSecond line.\n\n\tIndented third.' },
    });
    expect(res.status).toBe(201);
    expect(res.body.description.en).toBe('First line.\nSecond line.\n\n\tIndented third.');
    const nul = await coordinator
      .post('/api/training-packages')
      .send({ ...socialMediaPackage, description: { en: 'First line.\n\u0000' } });
    expectFieldError(nul, 'description.en', 'text_control');
  });

  it('gives an import row with a NUL in a cell a row error', async () => {
    const csv = [
      'fullNameLatin,gender,nationality,institution',
      'Clean Person,female,SO,',
      'Nul\u0000Person,female,SO,',
      'Other Person,male,SO,Ministry\u0000of Nothing',
    ].join('\n');
    const res = await coordinator
      .post('/api/participants/import/preview')
      .set('Content-Type', 'text/csv')
      .set('Accept-Language', 'fr')
      .send(Buffer.from(csv));
    expect(res.status).toBe(200);
    expect(res.body.rows.map((r: { status: string }) => r.status)).toEqual([
      'valid',
      'error',
      'error',
    ]);
    expect(res.body.rows[1].errors).toEqual([
      { field: 'fullNameLatin', message: validationMessages.fr.text_control },
    ]);
    expect(res.body.rows[2].errors).toEqual([
      { field: 'institution', message: validationMessages.fr.text_control },
    ]);
  });

  it('renders values already in the database as inert data in emails', async () => {
    const input = newcomer();
    const nominated = await coordinator
      .post(`/api/events/${event.id}/registrations`)
      .send({ participant: input, answers: {} });
    expect(nominated.status).toBe(201);
    // Written before the contract refused them, or by hand: HTML, line breaks, a fake link.
    const legacyName =
      'Abdi\n\nYour account is suspended.\r\nSign in again: https://evil.example/login\n<a href="https://evil.example">Multaqa</a>';
    await t.db.query(`UPDATE participants SET full_name_latin = $1 WHERE id = $2`, [
      legacyName,
      nominated.body.participant.id,
    ]);
    await t.db.query(
      `UPDATE events SET title = jsonb_build_object('en', $1::text), city = jsonb_build_object('en', $2::text) WHERE id = $3`,
      ['Summit\r\nBcc: victim@example.org', 'Mogadishu\n\nhttps://evil.example', event.id],
    );
    await coordinator
      .post(`/api/events/${event.id}/registrations/bulk`)
      .send({
        action: 'reject',
        registrationIds: [nominated.body.id],
        reason: 'Not from a member ministry.\nhttps://multaqa.test/appeal\n\n\nRegards',
      })
      .expect(200);

    const mail = await smtp.waitFor(input.email, /^About your registration/);
    expect(mail.subject).toBe('About your registration: Summit Bcc: victim@example.org');
    expect(mail.headers).not.toContain('bcc');
    expect(mail.html).toBe(false);
    const lines = mail.text.split('\n');
    expect(lines[0]).toBe(
      'Dear Abdi Your account is suspended. Sign in again: https://evil.example/login <a href="https://evil.example">Multaqa</a>,',
    );
    // Every line a stored value reaches is one of ours, or quoted as the organisers' words.
    expect(lines.filter((l) => /evil\.example|appeal|Regards/.test(l))).toEqual([
      lines[0],
      '> https://multaqa.test/appeal',
      '> Regards',
    ]);
    expect(mail.text).toContain(
      'The organisers wrote:\n> Not from a member ministry.\n> https://multaqa.test/appeal\n>\n> Regards\n\nhttp://multaqa.test/my',
    );
    const [stored] = await t.db.query(`SELECT subject FROM email_messages WHERE to_address = $1`, [
      input.email,
    ]);
    expect(stored.subject).not.toMatch(/[\r\n]/);
  });
});
