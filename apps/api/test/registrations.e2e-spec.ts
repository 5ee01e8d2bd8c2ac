import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Event, PublicRegistrationInput, TrainingPackage } from '@multaqa/contract';
import {
  type Agent,
  createEvent,
  publishedPackage,
  trainingInput,
  openEvent as openEventFor,
} from './support/fixtures.js';
import { SmtpCatcher } from './support/smtp-catcher.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let counter = 0;
const person = (overrides: Partial<PublicRegistrationInput> = {}): PublicRegistrationInput => {
  counter += 1;
  return {
    fullNameAr: `مشارك رقم ${counter}`,
    fullNameLatin: `Participant ${counter} ${Date.now()}`,
    gender: counter % 2 ? 'female' : 'male',
    nationality: 'SO',
    email: `p${counter}-${Date.now()}@example.org`,
    preferredLanguage: 'ar',
    submissionId: randomUUID(),
    answers: {},
    ...overrides,
  };
};

describe('registration', () => {
  let t: TestApp;
  let smtp: SmtpCatcher;
  let coordinator: Agent;
  let pkg: TrainingPackage;
  const institutions: Record<string, string> = {};

  beforeAll(async () => {
    smtp = await new SmtpCatcher().start();
    t = await createTestApp({
      SMTP_URL: smtp.url,
      MAIL_RETRY_LIMIT: '1',
      MAIL_RETRY_DELAY_SECONDS: '1',
      PUBLIC_URL: 'http://multaqa.test',
    });
    coordinator = (await t.signIn(['coordinator'])).agent;
    pkg = await publishedPackage(coordinator);
    for (const name of ['Internal Security', 'Defence', 'Information', 'Family']) {
      const res = await coordinator
        .post('/api/institutions')
        .send({
          name: { en: `Ministry of ${name} ${Date.now()}` },
          kind: 'ministry',
          countryCode: 'SO',
        })
        .expect(201);
      institutions[name] = res.body.id;
    }
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  /** An open event with automatic approval unless told otherwise. */
  const openEvent = (
    capacity: number,
    form: Record<string, unknown> = {},
    quotas: unknown[] = [],
  ) => openEventFor(coordinator, pkg.id, { capacity, form, quotas });
  const register = (event: Event, input: PublicRegistrationInput) =>
    t
      .http()
      .post(`/api/public/events/${event.id}/registrations`)
      .set('Accept-Language', 'ar')
      .send(input);
  const statuses = async (event: Event) => {
    await t.decided(event.id);
    const items = [];
    for (let page = 1; ; page += 1) {
      const res = await coordinator
        .get(`/api/events/${event.id}/registrations`)
        .query({ pageSize: 100, page })
        .expect(200);
      items.push(...res.body.items);
      if (res.body.items.length < 100) break;
    }
    return items as {
      id: string;
      status: string;
      waitlistPosition: number | null;
      participant: { email: string; institution: { id: string } | null };
    }[];
  };
  /** Submits the public form, then reads the registration it made as the coordinator sees it. */
  const registered = async (event: Event, input: PublicRegistrationInput) => {
    await register(event, input).expect(202);
    return (await statuses(event)).find((r) => r.participant.email === input.email)!;
  };

  describe('public self-registration', () => {
    it('registers an official in Arabic and emails them in Arabic, with a link to confirm', async () => {
      const event = await openEvent(10);
      const input = person();
      const res = await register(event, input);
      expect(res.status).toBe(202);
      expect(res.body).toEqual({ submissionId: input.submissionId });
      expect((await statuses(event)).map((r) => r.status)).toEqual(['approved']);
      const approved = await smtp.waitFor(input.email, /^تم تأكيد مقعدك/);
      expect(approved.text).toContain(input.fullNameAr);
      expect(approved.text).toContain('http://multaqa.test/my');
      const confirm = await smtp.waitFor(input.email, /^أكّد تسجيلك/);
      expect(confirm.text).toMatch(/http:\/\/multaqa\.test\/register\/confirm\?token=[\w-]+/);
    });

    it('survives a double submit: one registration, the same answer, no error', async () => {
      const event = await openEvent(10);
      const input = person();
      const results = await Promise.all([1, 2, 3, 4].map(() => register(event, input)));
      expect(results.map((r) => r.status)).toEqual([202, 202, 202, 202]);
      expect(results.map((r) => r.body)).toEqual(
        Array(4).fill({ submissionId: input.submissionId }),
      );
      const again = await register(event, { ...input, submissionId: randomUUID() });
      expect(again.status).toBe(202);
      expect((await statuses(event)).length).toBe(1);
      await smtp.waitFor(input.email, /^أنت مسجّل بالفعل/);
      await smtp.waitFor(input.email, /^أكّد تسجيلك/);
      expect(
        smtp.mails.filter((m) => m.to === input.email && /^أكّد تسجيلك/.test(m.subject)),
      ).toHaveLength(1);
    });

    it('answers each submit of a burst on its own: refusals hold up neither the forms that pass nor another event', async () => {
      const event = await openEvent(50, {
        questions: [
          {
            key: 'track',
            kind: 'choice',
            label: { en: 'Track' },
            options: [
              { value: 'a', label: { en: 'A' } },
              { value: 'b', label: { en: 'B' } },
            ],
          },
        ],
      });
      const other = await openEvent(50);
      const code = await coordinator
        .post(`/api/events/${event.id}/invitation-codes`)
        .send({ maxUses: 5 })
        .expect(201);
      const ids = Object.values(institutions);
      const good = Array.from({ length: 12 }, (_, i) =>
        person({ institutionId: ids[i % ids.length], answers: { track: 'a' } }),
      );
      const burst: [Event, PublicRegistrationInput, number, string | null][] = [
        ...good.map((p): [Event, PublicRegistrationInput, number, null] => [event, p, 202, null]),
        // The same form twice in the burst: one row, the same answer.
        [event, good[3], 202, null],
        [event, person({ answers: { track: 'c' } }), 400, 'answer_invalid'],
        [
          event,
          person({ answers: { track: 'b' }, institutionId: randomUUID() }),
          422,
          'unknown_institution',
        ],
        [
          event,
          person({ answers: { track: 'b' }, invitationCode: 'NOSUCH99' }),
          422,
          'invitation_code_invalid',
        ],
        [event, person({ answers: { track: 'b' }, invitationCode: code.body.code }), 202, null],
        [other, person(), 202, null],
        [other, person(), 202, null],
      ];
      const answers = await Promise.all(burst.map(([e, input]) => register(e, input)));
      expect(answers.map((a) => [a.status, a.body.errors?.[0]?.code ?? null])).toEqual(
        burst.map(([, , status, code]) => [status, code]),
      );
      for (const [i, answer] of answers.entries()) {
        if (answer.status === 202)
          expect(answer.body).toEqual({ submissionId: burst[i][1].submissionId });
      }
      const emails = (all: Awaited<ReturnType<typeof statuses>>) =>
        all.map((r) => r.participant.email).sort();
      expect(emails(await statuses(event))).toEqual(
        [...good, burst[16][1]].map((p) => p.email).sort(),
      );
      expect(emails(await statuses(other))).toEqual(
        [burst[17][1], burst[18][1]].map((p) => p.email).sort(),
      );
    });

    it('refuses outside the registration window and for events that are not open', async () => {
      const draft = await createEvent(coordinator, trainingInput(pkg.id));
      expect((await register(draft, person())).status).toBe(404);
      const later = await createEvent(
        coordinator,
        trainingInput(pkg.id, { registrationOpensAt: '2099-01-01T00:00:00Z' }),
      );
      await coordinator
        .post(`/api/events/${later.id}/transitions`)
        .send({ to: 'registration_open' })
        .expect(201);
      const early = await register(later, person());
      expect(early.status).toBe(409);
      expect(early.body.code).toBe('registration_not_open_yet');
      const form = await t
        .http()
        .get(`/api/public/events/${later.id}/registration-form`)
        .expect(200);
      expect(form.body).toMatchObject({ open: false, closedReason: 'not_open_yet' });
    });

    it('checks the event’s own questions', async () => {
      const event = await openEvent(10, {
        questions: [
          {
            key: 'needs-visa',
            kind: 'yes_no',
            label: { en: 'Do you need a visa?', ar: 'هل تحتاج إلى تأشيرة؟' },
            required: true,
          },
          {
            key: 'track',
            kind: 'choice',
            label: { en: 'Track' },
            options: [
              { value: 'a', label: { en: 'A' } },
              { value: 'b', label: { en: 'B' } },
            ],
          },
        ],
      });
      const missing = await register(event, person({ answers: { track: 'c' } }));
      expect(missing.status).toBe(400);
      expect(missing.body.errors).toEqual([
        { path: 'answers.needs-visa', code: 'answer_required', message: 'أجب عن هذا السؤال.' },
        { path: 'answers.track', code: 'answer_invalid', message: 'هذه الإجابة لا تناسب السؤال.' },
      ]);
      expect(
        (await register(event, person({ answers: { 'needs-visa': true, track: 'b' } }))).status,
      ).toBe(202);
    });

    it('validates fields with paths in Arabic', async () => {
      const event = await openEvent(10);
      const res = await register(
        event,
        person({ fullNameAr: '', fullNameLatin: '', phone: '12345', nationality: 'XX' }),
      );
      expect(res.status).toBe(400);
      expect(res.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
        'fullNameLatin',
        'phone',
      ]);
      const phone = await register(event, person({ phone: '+252000000000' }));
      expect(phone.status).toBe(422);
      expect(phone.body.errors[0]).toMatchObject({ path: 'phone', code: 'phone_invalid' });
    });
  });

  describe('capacity, quotas and the waiting list', () => {
    it('waitlists past an institution quota and past capacity, then promotes the first who fits', async () => {
      const A = institutions['Internal Security'];
      const B = institutions['Defence'];
      const event = await openEvent(3, {}, [
        { scope: 'institution', institutionId: A, capacity: 2 },
      ]);
      const a1 = await registered(event, person({ institutionId: A }));
      const a2 = await registered(event, person({ institutionId: A }));
      const a3 = await registered(event, person({ institutionId: A }));
      const b1 = await registered(event, person({ institutionId: B }));
      const b2Input = person({ institutionId: B });
      const b2 = await registered(event, b2Input);
      expect([a1, a2, a3, b1, b2].map((r) => r.status)).toEqual([
        'approved',
        'approved',
        'waitlisted',
        'approved',
        'waitlisted',
      ]);
      expect(a3.waitlistPosition).toBe(1);
      expect(b2.waitlistPosition).toBe(2);
      const quotas = await coordinator.get(`/api/events/${event.id}/quotas`).expect(200);
      expect(quotas.body).toMatchObject({ capacity: 3, approved: 3, remaining: 0, waitlisted: 2 });
      expect(quotas.body.quotas[0]).toMatchObject({
        capacity: 2,
        approved: 2,
        remaining: 0,
        waitlisted: 1,
      });

      // B1 cancels: A3 is first in line but A's quota is full, so B2 gets the place.
      await coordinator
        .post(`/api/events/${event.id}/registrations/${b1.id}/cancel`)
        .send({})
        .expect(200);
      const after = Object.fromEntries((await statuses(event)).map((r) => [r.id, r.status]));
      expect(after[b1.id]).toBe('cancelled');
      expect(after[b2.id]).toBe('approved');
      expect(after[a3.id]).toBe('waitlisted');
      await smtp.waitFor(b2Input.email, /^شغر مقعد لك/);
    });

    it('applies country quotas', async () => {
      const event = await openEvent(10, {}, [{ scope: 'country', countryCode: 'DJ', capacity: 1 }]);
      const first = await registered(event, person({ nationality: 'DJ' }));
      const second = await registered(event, person({ nationality: 'DJ' }));
      const other = await registered(event, person({ nationality: 'SO' }));
      expect([first.status, second.status, other.status]).toEqual([
        'approved',
        'waitlisted',
        'approved',
      ]);
    });

    it('sets aside a submission it cannot decide, with the reason, and decides the rest', async () => {
      const event = await openEvent(10);
      // A form whose institution no longer exists by the time it is decided.
      const broken = person({ institutionId: randomUUID() });
      await t.db.query(
        `INSERT INTO registration_submissions (event_id, submission_id, form) VALUES ($1, $2, $3)`,
        [event.id, broken.submissionId, JSON.stringify(broken)],
      );
      const fine = await registered(event, person());
      expect(fine.status).toBe('approved');
      const [kept] = (await t.db.query(
        `SELECT failed_at IS NOT NULL AS "setAside", failure FROM registration_submissions
          WHERE submission_id = $1`,
        [broken.submissionId],
      )) as { setAside: boolean; failure: string }[];
      expect(kept.setAside).toBe(true);
      expect(kept.failure.length).toBeGreaterThan(0);
    });

    it('shows set-aside submissions to the event staff, who retry or dismiss them', async () => {
      const event = await openEvent(10);
      const setAside = async (input: PublicRegistrationInput) => {
        await t.db.query(
          `INSERT INTO registration_submissions (event_id, submission_id, form) VALUES ($1, $2, $3)`,
          [event.id, input.submissionId, JSON.stringify(input)],
        );
      };
      const retried = person({ institutionId: randomUUID(), fullNameLatin: 'Retried Person' });
      const dismissed = person({ institutionId: randomUUID(), fullNameLatin: 'Dismissed Person' });
      await setAside(retried);
      await setAside(dismissed);
      await registered(event, person());
      const path = `/api/events/${event.id}/set-aside-submissions`;
      const listed = await coordinator.get(path).set('Accept-Language', 'en').expect(200);
      expect(listed.body.map((s: { fullNameLatin: string }) => s.fullNameLatin)).toEqual([
        'Retried Person',
        'Dismissed Person',
      ]);
      expect(listed.body[0]).toMatchObject({
        submissionId: retried.submissionId,
        email: retried.email,
      });
      // The reason is written for a person, in their language, not as an error object.
      expect(listed.body[0].reason).toMatch(/institution/i);
      expect(listed.body[0].reason).not.toMatch(/^\{/);

      // Another event's coordinator learns nothing, not even that the event exists.
      const other = (await t.signIn(['coordinator'])).agent;
      await other.get(path).expect(404);
      await other.post(`${path}/${retried.submissionId}/retry`).send({}).expect(404);

      // The cause is fixed (the institution chosen again), then the form goes back in line.
      await t.db.query(
        `UPDATE registration_submissions SET form = form || jsonb_build_object('institutionId', $2::text)
          WHERE submission_id = $1`,
        [retried.submissionId, institutions['Family']],
      );
      await coordinator.post(`${path}/${retried.submissionId}/retry`).send({}).expect(204);
      await t.decided(event.id);
      const decided = await statuses(event);
      expect(decided).toHaveLength(2);

      await coordinator.post(`${path}/${dismissed.submissionId}/dismiss`).send({}).expect(204);
      await coordinator.post(`${path}/${dismissed.submissionId}/dismiss`).send({}).expect(404);
      expect((await coordinator.get(path).expect(200)).body).toEqual([]);
      // Dismissed is kept, not deleted, and who dismissed it is in the audit log.
      const [kept] = await t.db.query(
        `SELECT dismissed_at IS NOT NULL AS dismissed FROM registration_submissions WHERE submission_id = $1`,
        [dismissed.submissionId],
      );
      expect(kept.dismissed).toBe(true);
      const audit = await t.db.query(
        `SELECT actor_id FROM audit_log WHERE entity_type = 'registration_submissions'
            AND event_id = $1 AND after ? 'dismissed_at'`,
        [event.id],
      );
      expect(audit).toHaveLength(1);
      expect(audit[0].actor_id).not.toBeNull();
    });

    it('waitlists past a quota by itself even when a coordinator approves the others', async () => {
      const A = institutions['Internal Security'];
      const event = await openEvent(10, { approvalRequired: true }, [
        { scope: 'institution', institutionId: A, capacity: 1 },
      ]);
      const first = await registered(event, person({ institutionId: A }));
      expect(first.status).toBe('submitted');
      await coordinator
        .post(`/api/events/${event.id}/registrations/bulk`)
        .send({ action: 'approve', registrationIds: [first.id] })
        .expect(200);
      const input = person({ institutionId: A, preferredLanguage: 'en' });
      expect((await registered(event, input)).status).toBe('waitlisted');
      expect((await smtp.waitFor(input.email, /^You are on the waiting list/)).text).toContain(
        'position 1',
      );
      expect((await registered(event, person())).status).toBe('submitted');
    });

    it('decides a burst of 200 exactly within capacity and quotas, the rest waiting in line', async () => {
      const A = institutions['Defence'];
      const B = institutions['Information'];
      const event = await openEvent(10, {}, [
        { scope: 'institution', institutionId: A, capacity: 4 },
        { scope: 'institution', institutionId: B, capacity: 3 },
        { scope: 'country', countryCode: 'DJ', capacity: 2 },
      ]);
      const inputs = Array.from({ length: 200 }, (_, i) =>
        person({
          institutionId: [A, B, institutions['Family']][i % 3],
          nationality: i % 4 ? 'SO' : 'DJ',
        }),
      );
      const results = await Promise.all(inputs.map((input) => register(event, input)));
      expect(results.map((r) => r.status)).toEqual(Array(200).fill(202));
      const all = await statuses(event);
      expect(all).toHaveLength(200);
      const approved = all.filter((r) => r.status === 'approved');
      expect(approved).toHaveLength(10);
      const of = (id: string) => approved.filter((r) => r.participant.institution?.id === id);
      expect(of(A).length).toBeLessThanOrEqual(4);
      expect(of(B).length).toBeLessThanOrEqual(3);
      const dj = new Set(inputs.filter((i) => i.nationality === 'DJ').map((i) => i.email));
      expect(approved.filter((r) => dj.has(r.participant.email)).length).toBeLessThanOrEqual(2);
      const waiting = all.filter((r) => r.status === 'waitlisted');
      expect(waiting).toHaveLength(190);
      expect(waiting.map((r) => r.waitlistPosition).sort((x, y) => x! - y!)).toEqual(
        Array.from({ length: 190 }, (_, i) => i + 1),
      );
    });

    it('never exceeds capacity or quotas when many register in the same instant', async () => {
      const A = institutions['Information'];
      const event = await openEvent(10, {}, [
        { scope: 'institution', institutionId: A, capacity: 4 },
      ]);
      const inputs = Array.from({ length: 40 }, (_, i) =>
        person({ institutionId: i % 2 ? A : institutions['Family'] }),
      );
      const results = await Promise.all(inputs.map((input) => register(event, input)));
      expect(results.every((r) => r.status === 202)).toBe(true);
      const all = await statuses(event);
      expect(all).toHaveLength(40);
      const approved = all.filter((r) => r.status === 'approved');
      expect(approved).toHaveLength(10);
      expect(approved.filter((r) => r.participant.institution?.id === A)).toHaveLength(4);
      expect(all.filter((r) => r.status === 'waitlisted')).toHaveLength(30);
    });
  });

  describe('invitation codes', () => {
    it('accepts a valid code, ties the person to its institution and counts its uses', async () => {
      const event = await openEvent(10, { mode: 'invitation_only' });
      const code = await coordinator
        .post(`/api/events/${event.id}/invitation-codes`)
        .send({ institutionId: institutions['Defence'], maxUses: 1 })
        .expect(201);
      expect(code.body.code).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
      const without = await register(event, person());
      expect(without.status).toBe(422);
      expect(without.body.errors[0]).toMatchObject({
        path: 'invitationCode',
        code: 'invitation_code_required',
      });
      const ok = await register(event, person({ invitationCode: code.body.code.toLowerCase() }));
      expect(ok.status).toBe(202);
      const [registration] = await statuses(event);
      expect(registration.participant.institution?.id).toBe(institutions['Defence']);
      // A used-up code no longer refuses the person: they wait for a place, and are told why.
      const late = person({ invitationCode: code.body.code, preferredLanguage: 'en' });
      expect((await registered(event, late)).status).toBe('waitlisted');
      const mail = await smtp.waitFor(late.email, /^You are on the waiting list/);
      expect(mail.text).toContain('invitation code you used');
      expect(mail.text).toContain('position 1');
      const codes = await coordinator.get(`/api/events/${event.id}/invitation-codes`).expect(200);
      expect(codes.body[0]).toMatchObject({ uses: 1, maxUses: 1 });
    });

    it('refuses expired, revoked and unknown codes', async () => {
      const event = await openEvent(10);
      const expired = await coordinator
        .post(`/api/events/${event.id}/invitation-codes`)
        .send({ maxUses: 5, expiresAt: '2020-01-01T00:00:00Z' })
        .expect(201);
      const res = await register(event, person({ invitationCode: expired.body.code }));
      expect(res.status).toBe(422);
      expect(res.body.errors[0]).toMatchObject({
        code: 'invitation_code_expired',
        message: 'انتهت صلاحية رمز الدعوة هذا.',
      });
      const revoked = await coordinator
        .post(`/api/events/${event.id}/invitation-codes`)
        .send({ maxUses: 5 })
        .expect(201);
      await coordinator
        .post(`/api/events/${event.id}/invitation-codes/${revoked.body.id}/revoke`)
        .expect(200);
      expect(
        (await register(event, person({ invitationCode: revoked.body.code }))).body.errors[0].code,
      ).toBe('invitation_code_invalid');
      expect(
        (await register(event, person({ invitationCode: 'NOSUCH99' }))).body.errors[0].code,
      ).toBe('invitation_code_invalid');
    });

    it('lets exactly maxUses people in when they use the code at once', async () => {
      const event = await openEvent(50);
      const code = await coordinator
        .post(`/api/events/${event.id}/invitation-codes`)
        .send({ maxUses: 3 })
        .expect(201);
      const results = await Promise.all(
        Array.from({ length: 8 }, () =>
          register(event, person({ invitationCode: code.body.code })),
        ),
      );
      expect(results.map((r) => r.status)).toEqual(Array(8).fill(202));
      const all = await statuses(event);
      expect(all.filter((r) => r.status === 'approved')).toHaveLength(3);
      expect(all.filter((r) => r.status === 'waitlisted')).toHaveLength(5);
      const codes = await coordinator.get(`/api/events/${event.id}/invitation-codes`).expect(200);
      expect(codes.body[0]).toMatchObject({ uses: 3, maxUses: 3 });
    });
  });

  describe('coordinator decisions', () => {
    it('moves registrations through every status, within capacity, and says why some cannot move', async () => {
      const event = await openEvent(1, { approvalRequired: true });
      const inputs = [person(), person(), person()];
      const regs = [];
      for (const input of inputs) regs.push(await registered(event, input));
      expect(regs.map((r) => r.status)).toEqual(['submitted', 'submitted', 'submitted']);
      await smtp.waitFor(inputs[0].email, /^تلقّينا تسجيلك/);

      const approve = await coordinator
        .post(`/api/events/${event.id}/registrations/bulk`)
        .set('Accept-Language', 'en')
        .send({ action: 'approve', registrationIds: regs.map((r) => r.id) });
      expect(approve.status).toBe(200);
      expect(approve.body.updated).toEqual([regs[0].id]);
      expect(approve.body.skipped).toEqual([
        { id: regs[1].id, code: 'capacity_full', message: 'The event is full: no place is left.' },
        { id: regs[2].id, code: 'capacity_full', message: 'The event is full: no place is left.' },
      ]);
      await coordinator
        .post(`/api/events/${event.id}/registrations/bulk`)
        .send({ action: 'waitlist', registrationIds: [regs[1].id] })
        .expect(200);
      await coordinator
        .post(`/api/events/${event.id}/registrations/bulk`)
        .send({
          action: 'reject',
          registrationIds: [regs[2].id],
          reason: 'Not from a member state ministry.',
        })
        .expect(200);
      const rejected = await smtp.waitFor(inputs[2].email, /^بشأن تسجيلك/);
      expect(rejected.text).toContain('Not from a member state ministry.');
      // The approved one cancels: the waitlisted one is promoted.
      await coordinator
        .post(`/api/events/${event.id}/registrations/${regs[0].id}/cancel`)
        .send({ reason: 'Illness' })
        .expect(200);
      const now = Object.fromEntries((await statuses(event)).map((r) => [r.id, r.status]));
      expect(now).toEqual({
        [regs[0].id]: 'cancelled',
        [regs[1].id]: 'approved',
        [regs[2].id]: 'rejected',
      });
      const cancelled = await coordinator
        .post(`/api/events/${event.id}/registrations/bulk`)
        .send({ action: 'approve', registrationIds: [regs[0].id] });
      expect(cancelled.body.skipped[0].code).toBe('registration_cancelled');
    });

    it('nominates an existing or new participant, leaving required questions to them', async () => {
      const event = await openEvent(5, {
        questions: [
          { key: 'visa', kind: 'yes_no', label: { en: 'Visa?' }, required: true },
          {
            key: 'diet',
            kind: 'choice',
            label: { en: 'Diet' },
            options: [
              { value: 'veg', label: { en: 'Veg' } },
              { value: 'any', label: { en: 'Any' } },
            ],
          },
        ],
      });
      const nominate = (body: object) =>
        coordinator.post(`/api/events/${event.id}/registrations`).send(body);
      const newcomer = {
        fullNameLatin: 'Nominated Official',
        gender: 'male',
        nationality: 'SO',
        institutionId: institutions['Family'],
      };
      const wrong = await nominate({ participant: newcomer, answers: { diet: 'meat' } });
      expect(wrong.status).toBe(400);
      expect(wrong.body.errors).toEqual([
        expect.objectContaining({ path: 'answers.diet', code: 'answer_invalid' }),
      ]);
      const res = await nominate({ participant: newcomer, answers: { diet: 'veg' } });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        source: 'nomination',
        status: 'approved',
        answers: { diet: 'veg' },
      });
      const twice = await nominate({ participantId: res.body.participant.id });
      expect(twice.status).toBe(409);
    });

    it('imports a spreadsheet of people straight into the event', async () => {
      const event = await openEvent(10);
      const known = person();
      await register(event, known).expect(202);
      await t.decided(event.id);
      const other = await openEvent(10);
      const stamp = Date.now();
      const csv = [
        'fullNameAr,fullNameLatin,gender,nationality,institution,position,email,phone,preferredLanguage',
        `,Imported One ${stamp},female,SO,,,one${stamp}@x.so,,en`,
        `,Imported Two ${stamp},male,SO,,,two${stamp}@x.so,,ar`,
        `,${known.fullNameLatin},female,SO,,,${known.email},,ar`,
        `,Broken ${stamp},dragon,SO,,,broken${stamp}@x.so,,en`,
      ].join('\n');
      const res = await coordinator
        .post(`/api/events/${other.id}/registrations/import`)
        .set('Content-Type', 'text/csv')
        .send(csv);
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        created: 2,
        registered: 3,
        counts: { valid: 2, duplicate: 1, error: 1 },
      });
      const regs = await coordinator.get(`/api/events/${other.id}/registrations`).expect(200);
      expect(regs.body.items.map((r: { source: string }) => r.source)).toEqual([
        'import',
        'import',
        'import',
      ]);
      expect(
        regs.body.items.map((r: { participant: { email: string } }) => r.participant.email),
      ).toContain(known.email);
    });

    it('shows another coordinator nothing, and refuses trainers', async () => {
      const event = await openEvent(5);
      const other = (await t.signIn(['coordinator'])).agent;
      expect((await other.get(`/api/events/${event.id}/registrations`)).status).toBe(404);
      expect((await other.get(`/api/events/${event.id}/quotas`)).status).toBe(404);
      const trainer = (await t.signIn(['trainer'])).agent;
      expect((await trainer.get(`/api/events/${event.id}/registrations`)).status).toBe(403);
    });
  });

  describe('outbox', () => {
    it('records a failed delivery with its reason, and an admin can send it again', async () => {
      const admin = (await t.signIn(['admin'])).agent;
      const event = await openEvent(5);
      const input = person({ preferredLanguage: 'en' });
      smtp.rejectFor.add(input.email);
      await register(event, input).expect(202);
      let failed: { id: string; status: string; lastError: string; attempts: number } | undefined;
      for (let i = 0; i < 100 && !failed; i += 1) {
        const list = await admin
          .get('/api/outbox')
          .query({ q: input.email, status: 'failed' })
          .expect(200);
        failed = list.body.items.find((m: { subject: string }) =>
          m.subject.startsWith('Your place is confirmed'),
        );
        if (!failed) await new Promise((r) => setTimeout(r, 200));
      }
      expect(failed).toMatchObject({ status: 'failed', attempts: 2 });
      expect(failed!.lastError).toMatch(/mailbox unavailable/);
      smtp.rejectFor.delete(input.email);
      const retried = await admin.post(`/api/outbox/${failed!.id}/retry`).expect(201);
      expect(retried.body.status).toBe('queued');
      await smtp.waitFor(input.email, /^Your place is confirmed/);
      expect((await coordinator.get('/api/outbox')).status).toBe(403);
    });
  });

  describe('participant portal and account emails', () => {
    it('opens the account by the emailed link and a chosen password, then lists and cancels registrations', async () => {
      const event = await openEvent(5);
      const input = person({ preferredLanguage: 'fr' });
      const reg = await registered(event, input);
      const password = 'a-long-password';
      const login = () => t.http().post('/api/auth/login').send({ email: input.email, password });
      expect((await login()).status).toBe(401);
      const mail = await smtp.waitFor(input.email, /^Confirmez votre inscription/);
      const token = /token=([\w-]+)/.exec(mail.text)![1];
      const confirmed = await t
        .http()
        .post('/api/public/registration-confirmations')
        .send({ token })
        .expect(200);
      expect(confirmed.body.registration).toMatchObject({ id: reg.id, status: 'approved' });
      expect(
        (await t.http().post('/api/public/registration-confirmations').send({ token })).body.code,
      ).toBe('token_invalid');
      await t
        .http()
        .post('/api/auth/password-reset/confirm')
        .send({ token: confirmed.body.setPasswordToken, password })
        .expect(204);
      const signedIn = await login();
      expect(signedIn.status).toBe(200);
      const cookie = String(signedIn.headers['set-cookie']).split(';')[0];
      const mine = await t.http().get('/api/me/registrations').set('Cookie', cookie).expect(200);
      expect(mine.body.map((r: { id: string }) => r.id)).toEqual([reg.id]);
      const cancel = await t
        .http()
        .post(`/api/me/registrations/${reg.id}/cancel`)
        .set('Cookie', cookie);
      expect(cancel.status).toBe(200);
      expect(cancel.body.status).toBe('cancelled');
      await smtp.waitFor(input.email, /^Inscription annulée/);
      const stranger = (await t.signIn(['participant'])).agent;
      expect((await stranger.post(`/api/me/registrations/${reg.id}/cancel`)).status).toBe(404);
    });

    it('resets a password by email without telling who has an account', async () => {
      const { user } = await t.signIn(['participant']);
      await t
        .http()
        .post('/api/auth/password-reset/request')
        .send({ email: 'nobody-here@example.org' })
        .expect(202);
      await t
        .http()
        .post('/api/auth/password-reset/request')
        .send({ email: user.email })
        .expect(202);
      const mail = await smtp.waitFor(user.email, /^Reset your Multaqa password/);
      const token = /token=([\w-]+)/.exec(mail.text)![1];
      await t
        .http()
        .post('/api/auth/password-reset/confirm')
        .send({ token, password: 'a-brand-new-password' })
        .expect(204);
      await t
        .http()
        .post('/api/auth/login')
        .send({ email: user.email, password: 'a-brand-new-password' })
        .expect(200);
    });
  });
});
