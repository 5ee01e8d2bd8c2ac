import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { CreateSessionInput, Event, Participant } from '@multaqa/contract';
import { EmailMessageEntity } from '../src/notifications/email-message.entity.js';
import { type Agent, createEvent, publishedPackage, trainingInput } from './support/fixtures.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/**
 * Who sees which people, events and sessions, for every role; and what a coordinator learns
 * about people outside their events (nothing they did not type).
 */
describe('access: who sees which people, events and sessions', () => {
  let t: TestApp;
  let admin: Agent;
  let coordinatorA: Agent;
  let coordinatorB: Agent;
  let trainer: Agent;
  let trainerId: string;
  let participant: Agent;
  let participantUserId: string;
  let ministry: string;
  let eventA: Event;
  let eventB: Event;
  /** Registered in event A only. */
  let personA: Participant;
  /** Registered in event B only. */
  let personB: Participant;

  const stamp = () => randomUUID().slice(0, 8);
  const official = (over: Record<string, unknown> = {}) => ({
    fullNameAr: '',
    fullNameLatin: `Official ${stamp()}`,
    gender: 'female',
    nationality: 'SO',
    institutionId: ministry,
    position: 'Director of analysis',
    email: `official-${stamp()}@example.so`,
    phone: null,
    ...over,
  });
  const nominate = (agent: Agent, event: Event, person: Record<string, unknown>) =>
    agent.post(`/api/events/${event.id}/registrations`).send({ participant: person });
  /** Nothing of the record that the caller did not type may appear anywhere in the answer. */
  const expectNothingOf = (body: unknown, person: Participant) => {
    const text = JSON.stringify(body);
    for (const value of [person.id, person.fullNameLatin, person.position, person.phone]) {
      if (value) expect(text).not.toContain(value);
    }
  };

  beforeAll(async () => {
    t = await createTestApp();
    admin = (await t.signIn(['admin'])).agent;
    coordinatorA = (await t.signIn(['coordinator'])).agent;
    coordinatorB = (await t.signIn(['coordinator'])).agent;
    ({
      agent: trainer,
      user: { id: trainerId },
    } = await t.signIn(['trainer']));
    ({
      agent: participant,
      user: { id: participantUserId },
    } = await t.signIn(['participant']));
    ministry = (
      await admin
        .post('/api/institutions')
        .send({ name: { en: `Ministry ${stamp()}` }, kind: 'ministry', countryCode: 'SO' })
        .expect(201)
    ).body.id;
    const pkg = await publishedPackage(admin);
    eventA = await createEvent(coordinatorA, trainingInput(pkg.id));
    eventB = await createEvent(coordinatorB, trainingInput(pkg.id));
    const a = await nominate(coordinatorA, eventA, official({ phone: '+252612000001' }));
    expect(a.status).toBe(201);
    personA = a.body.participant;
    const b = await nominate(coordinatorB, eventB, official());
    expect(b.status).toBe(201);
    personB = b.body.participant;
  });
  afterAll(() => t.close());

  describe('the rules, for every role', () => {
    const ids = (res: { body: { items: { id: string }[] } }) => res.body.items.map((i) => i.id);
    /** What each of the six callers gets for one path. */
    const statusesOf = async (path: string) => ({
      admin: (await admin.get(path)).status,
      coordinatorA: (await coordinatorA.get(path)).status,
      coordinatorB: (await coordinatorB.get(path)).status,
      trainer: (await trainer.get(path)).status,
      participant: (await participant.get(path)).status,
      anonymous: (await t.http().get(path)).status,
    });
    /** Event A's admin and coordinator see it; the other coordinator gets the 404 of a missing one. */
    const ONLY_ADMIN_AND_ITS_COORDINATOR = {
      admin: 200,
      coordinatorA: 200,
      coordinatorB: 404,
      trainer: 403,
      participant: 403,
      anonymous: 401,
    };

    it('events: admins see all, a coordinator their own, others none', async () => {
      const listA = ids(await coordinatorA.get('/api/events').query({ pageSize: 100 }).expect(200));
      expect(listA).toContain(eventA.id);
      expect(listA).not.toContain(eventB.id);
      const listB = ids(await coordinatorB.get('/api/events').query({ pageSize: 100 }).expect(200));
      expect(listB).toEqual([eventB.id]);
      const all = ids(await admin.get('/api/events').query({ pageSize: 100 }).expect(200));
      expect(all).toEqual(expect.arrayContaining([eventA.id, eventB.id]));
      const path = `/api/events/${eventA.id}`;
      expect(await statusesOf(path)).toEqual(ONLY_ADMIN_AND_ITS_COORDINATOR);
      expect((await t.http().get('/api/events')).status).toBe(401);
    });

    it('sessions: whoever sees the event', async () => {
      const path = `/api/events/${eventA.id}/sessions`;
      expect(await statusesOf(path)).toEqual(ONLY_ADMIN_AND_ITS_COORDINATOR);
    });

    it('people: admins see all, a coordinator those of their events, others none', async () => {
      const listA = ids(await coordinatorA.get('/api/participants').query({ pageSize: 100 }));
      expect(listA).toContain(personA.id);
      expect(listA).not.toContain(personB.id);
      const listB = ids(await coordinatorB.get('/api/participants').query({ pageSize: 100 }));
      expect(listB).not.toContain(personA.id);
      const all = ids(await admin.get('/api/participants').query({ pageSize: 100 }));
      expect(all).toEqual(expect.arrayContaining([personA.id, personB.id]));
      const path = `/api/participants/${personA.id}`;
      expect(await statusesOf(path)).toEqual(ONLY_ADMIN_AND_ITS_COORDINATOR);
      const registrations = `/api/events/${eventA.id}/registrations`;
      expect((await coordinatorB.get(registrations)).status).toBe(404);
      expect((await trainer.get(registrations)).status).toBe(403);
      expect((await participant.get(registrations)).status).toBe(403);
      expect((await t.http().get(registrations)).status).toBe(401);
      expect((await coordinatorB.get(`${path}/duplicates`)).status).toBe(404);
      const byEvent = coordinatorB.get('/api/participants').query({ eventId: eventA.id });
      expect((await byEvent).status).toBe(404);
    });

    it('a participant sees only their own registrations; anonymous callers no drafts', async () => {
      const mine = await participant.get('/api/me/registrations').expect(200);
      expect(JSON.stringify(mine.body)).not.toContain(personA.id);
      const published = await t.http().get('/api/public/events').expect(200);
      expect(JSON.stringify(published.body)).not.toContain(eventA.id);
    });
  });

  describe('duplicates of people outside the caller’s events', () => {
    it('creating a person with their email says only that the registry holds them', async () => {
      const res = await coordinatorB
        .post('/api/participants')
        .send(official({ email: personA.email }));
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('participant_email_taken');
      expect(res.body.duplicates).toEqual([{ participant: null, reasons: ['email'] }]);
      expectNothingOf(res.body, personA);
      const mine = await coordinatorA
        .post('/api/participants')
        .send(official({ email: personA.email }));
      expect(mine.body.duplicates[0].participant.id).toBe(personA.id);
    });

    it('a phone-only match outside the caller’s events reveals nothing at all', async () => {
      const res = await coordinatorB
        .post('/api/participants')
        .send(official({ phone: personA.phone, email: null }));
      expect(res.status).toBe(201);
      const duplicates = await coordinatorB.get(`/api/participants/${res.body.id}/duplicates`);
      expect(duplicates.status).toBe(200);
      expect(duplicates.body).toEqual([]);
      const seenByAdmin = await admin.get(`/api/participants/${res.body.id}/duplicates`);
      expect(seenByAdmin.body.map((d: { participant: Participant }) => d.participant.id)).toEqual([
        personA.id,
      ]);
    });

    it('a name match is told without the record', async () => {
      const res = await coordinatorB
        .post('/api/participants')
        .send(official({ fullNameLatin: personA.fullNameLatin }));
      expect(res.status).toBe(409);
      expect(res.body.duplicates).toEqual([{ participant: null, reasons: ['name'] }]);
      // The name was typed; the rest of the record is not told.
      expectNothingOf(res.body, { ...personA, fullNameLatin: '' });
    });

    it('the import preview tells no more than the file says', async () => {
      const target = (await nominate(coordinatorA, eventA, official({ phone: '+252612000002' })))
        .body.participant as Participant;
      const csv = [
        'fullNameLatin,gender,nationality,email,phone',
        `Someone ${stamp()},male,SO,,${target.phone}`,
        `Another ${stamp()},male,SO,${target.email},`,
      ].join('\n');
      const res = await coordinatorB
        .post('/api/participants/import/preview')
        .set('Content-Type', 'text/csv')
        .send(csv);
      expect(res.status).toBe(200);
      expect(res.body.rows[0]).toMatchObject({ status: 'valid' });
      expect(res.body.rows[0].duplicateOf ?? []).toEqual([]);
      expect(res.body.rows[1]).toMatchObject({
        status: 'duplicate',
        duplicateOf: [],
        heldElsewhere: true,
      });
      expectNothingOf(res.body, target);
      const asAdmin = await admin
        .post('/api/participants/import/preview')
        .set('Content-Type', 'text/csv')
        .send(csv);
      expect(asAdmin.body.rows[1].duplicateOf[0].id).toBe(target.id);
    });
  });

  describe('putting someone from outside into one’s event', () => {
    const sentTo = (email: string) =>
      t.db.getRepository(EmailMessageEntity).findBy({ to: email, template: 'registration_linked' });

    it('nominating by email links the record, shows only what was typed, and tells the person', async () => {
      const target = (await nominate(coordinatorA, eventA, official())).body
        .participant as Participant;
      const typed = official({ email: target.email, fullNameLatin: 'As typed', position: '' });
      const res = await nominate(coordinatorB, eventB, typed);
      expect(res.status).toBe(201);
      expect(res.body.participant).toMatchObject({ fullNameLatin: 'As typed', position: '' });
      expect(res.body.participant.createdAt).not.toBe(target.createdAt);
      expectNothingOf(
        { ...res.body, participant: { ...res.body.participant, id: '' } },
        {
          ...target,
          id: 'never',
        },
      );
      expect(await sentTo(target.email!)).toHaveLength(1);
    });

    it('importing a row with someone’s email registers them but gives no right to edit them', async () => {
      const target = (await nominate(coordinatorA, eventA, official())).body
        .participant as Participant;
      const csv = [
        'fullNameLatin,gender,nationality,email',
        `X ${stamp()},male,SO,${target.email}`,
      ];
      const res = await coordinatorB
        .post(`/api/events/${eventB.id}/registrations/import`)
        .set('Content-Type', 'text/csv')
        .send(csv.join('\n'));
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ registered: 1, counts: { duplicate: 1 } });
      expectNothingOf(res.body, target);
      expect(await sentTo(target.email!)).toHaveLength(1);
      // Now in B's event, the person is visible to B, with only B's registrations counted.
      const seen = await coordinatorB.get(`/api/participants/${target.id}`).expect(200);
      expect(seen.body.registrationCount).toBe(1);
      const all = await admin.get(`/api/participants/${target.id}`).expect(200);
      expect(all.body.registrationCount).toBe(2);
      const edit = await coordinatorB
        .patch(`/api/participants/${target.id}`)
        .send({ email: `attacker-${stamp()}@example.so` });
      expect(edit.status).toBe(403);
      expect(edit.body.code).toBe('participant_shared');
      const merge = await coordinatorB
        .post(`/api/participants/${personB.id}/merge`)
        .send({ duplicateIds: [target.id] });
      expect(merge.status).toBe(403);
      const unchanged = await admin.get(`/api/participants/${target.id}`).expect(200);
      expect(unchanged.body.email).toBe(target.email);
      // Their own coordinator still can, as can an admin.
      await coordinatorA
        .patch(`/api/participants/${personA.id}`)
        .send({ position: 'Head' })
        .expect(200);
      await admin.patch(`/api/participants/${target.id}`).send({ position: 'Head' }).expect(200);
    });
  });

  describe('sessions', () => {
    const session = (over: Partial<CreateSessionInput> = {}): CreateSessionInput => ({
      title: { en: `Secret briefing ${stamp()}` },
      type: 'plenary',
      room: `Room ${stamp()}`,
      date: '2020-01-13',
      startTime: '09:00',
      endTime: '10:00',
      ...over,
    });

    it('a clash with another coordinator’s event names neither that event nor its session', async () => {
      const mine = session({ speakers: [{ userId: trainerId }] });
      await coordinatorA.post(`/api/events/${eventA.id}/sessions`).send(mine).expect(201);
      const res = await coordinatorB
        .post(`/api/events/${eventB.id}/sessions`)
        .send(session({ speakers: [{ userId: trainerId }] }));
      expect(res.status).toBe(409);
      expect(res.body.conflicts).toEqual([
        expect.objectContaining({
          kind: 'speaker',
          eventId: null,
          eventTitle: null,
          sessionId: null,
          sessionTitle: null,
        }),
      ]);
      expect(JSON.stringify(res.body)).not.toContain(mine.title.en);
      expect(JSON.stringify(res.body)).not.toContain(eventA.id);
      const asAdmin = await admin
        .post(`/api/events/${eventB.id}/sessions`)
        .send(session({ speakers: [{ userId: trainerId }] }));
      expect(asAdmin.body.conflicts[0].eventId).toBe(eventA.id);
    });

    it('speakers are staff, never a participant’s account', async () => {
      const res = await coordinatorA
        .post(`/api/events/${eventA.id}/sessions`)
        .send(session({ date: '2020-01-14', speakers: [{ userId: participantUserId }] }));
      expect(res.status).toBe(422);
      expect(res.body.errors).toEqual([
        expect.objectContaining({ path: 'speakers.0.userId', code: 'speaker_not_staff' }),
      ]);
      const created = await coordinatorA
        .post(`/api/events/${eventA.id}/sessions`)
        .send(session({ date: '2020-01-15' }))
        .expect(201);
      const update = await coordinatorA
        .patch(`/api/events/${eventA.id}/sessions/${created.body.id}`)
        .send({ speakers: [{ userId: participantUserId }] });
      expect(update.status).toBe(422);
    });

    it('another coordinator cannot change or remove a session of an event they do not see', async () => {
      const created = await coordinatorA
        .post(`/api/events/${eventA.id}/sessions`)
        .send(session({ date: '2020-01-16' }))
        .expect(201);
      const path = `/api/events/${eventA.id}/sessions/${created.body.id}`;
      expect((await coordinatorB.patch(path).send({ room: 'Elsewhere' })).status).toBe(404);
      expect((await coordinatorB.delete(path)).status).toBe(404);
      expect((await trainer.delete(path)).status).toBe(403);
    });
  });
});
