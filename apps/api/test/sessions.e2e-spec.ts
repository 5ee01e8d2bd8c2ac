import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { CreateSessionInput, Event, Session, TrainingPackage } from '@multaqa/contract';
import { type Agent, createEvent, publishedPackage, trainingInput } from './support/fixtures.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const plenary = (overrides: Partial<CreateSessionInput> = {}): CreateSessionInput => ({
  title: { en: 'Plenary', ar: 'جلسة عامة' },
  type: 'plenary',
  room: 'Hall 1',
  date: '2020-01-12',
  startTime: '09:00',
  endTime: '10:30',
  ...overrides,
});

describe('sessions', () => {
  let t: TestApp;
  let coordinator: Agent;
  let pkg: TrainingPackage;
  let trainerId: string;

  beforeAll(async () => {
    t = await createTestApp();
    coordinator = (await t.signIn(['coordinator'])).agent;
    pkg = await publishedPackage(coordinator);
    trainerId = (await t.signIn(['trainer'])).user.id;
  });
  afterAll(() => t.close());

  const newEvent = (overrides = {}) => createEvent(coordinator, trainingInput(pkg.id, overrides));
  const addSession = (event: Event, input: CreateSessionInput) =>
    coordinator.post(`/api/events/${event.id}/sessions`).send(input);

  it('stores times in the event’s zone: 09:00 in Mogadishu is 06:00Z', async () => {
    const event = await newEvent();
    const res = await addSession(
      event,
      plenary({
        speakers: [
          { userId: trainerId },
          { name: 'Dr. Amal Yusuf', affiliation: 'Mogadishu University' },
        ],
      }),
    );
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      startsAt: '2020-01-12T06:00:00.000Z',
      endsAt: '2020-01-12T07:30:00.000Z',
      date: '2020-01-12',
      startTime: '09:00',
      endTime: '10:30',
    });
    expect(res.body.speakers).toEqual([
      { userId: trainerId, name: expect.stringMatching(/^Test trainer/), affiliation: null },
      { userId: null, name: 'Dr. Amal Yusuf', affiliation: 'Mogadishu University' },
    ]);
  });

  it('validates: end before start, outside the event, module of another package, bad speaker', async () => {
    const event = await newEvent();
    const times = await addSession(event, plenary({ startTime: '11:00', endTime: '10:00' }));
    expect(times.status).toBe(400);
    expect(times.body.errors[0]).toMatchObject({ path: 'endTime', code: 'end_before_start' });
    const outside = await addSession(event, plenary({ date: '2020-01-20' }));
    expect(outside.status).toBe(422);
    expect(outside.body.errors[0]).toMatchObject({ path: 'date', code: 'session_outside_event' });
    const otherPkg = await publishedPackage(coordinator);
    const module = await addSession(event, plenary({ moduleId: otherPkg.modules[0].id }));
    expect(module.status).toBe(422);
    expect(module.body.errors[0]).toMatchObject({ path: 'moduleId', code: 'unknown_module' });
    const speaker = await addSession(
      event,
      plenary({ speakers: [{ userId: trainerId, name: 'Both' }] }),
    );
    expect(speaker.status).toBe(400);
    expect(speaker.body.errors[0]).toMatchObject({
      path: 'speakers.0',
      code: 'speaker_user_or_name',
    });
  });

  describe('conflicts', () => {
    it('refuses a room booked at the same time, also by another event at the same venue', async () => {
      const venue = `Shared venue ${Date.now()}`;
      const first = await newEvent({ venue });
      const second = await newEvent({ venue });
      await addSession(first, plenary({ room: 'Hall 1' })).expect(201);
      const res = await addSession(
        second,
        plenary({ room: ' hall 1 ', startTime: '10:00', endTime: '11:00' }),
      );
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('session_conflict');
      expect(res.body.conflicts).toEqual([
        expect.objectContaining({
          kind: 'room',
          subject: 'Hall 1',
          eventId: first.id,
          startsAt: '2020-01-12T06:00:00.000Z',
        }),
      ]);
      // Back to back is not a clash, nor is the same room name in another venue.
      await addSession(
        second,
        plenary({ room: 'Hall 1', startTime: '10:30', endTime: '11:00' }),
      ).expect(201);
      const elsewhere = await newEvent();
      await addSession(elsewhere, plenary({ room: 'Hall 1' })).expect(201);
      // When the coordinator insists, it is saved.
      await addSession(
        second,
        plenary({ room: 'Hall 1', startTime: '10:00', endTime: '10:15', allowConflicts: true }),
      ).expect(201);
    });

    it('refuses a trainer booked twice at the same time, across events and cities', async () => {
      const trainerId = (await t.signIn(['trainer'])).user.id;
      const mogadishu = await newEvent();
      const niamey = await newEvent({
        city: 'Niamey',
        countryCode: 'NE',
        timeZone: 'Africa/Niamey',
      });
      await addSession(mogadishu, plenary({ speakers: [{ userId: trainerId }] })).expect(201);
      // 07:00 in Niamey is 06:00Z, the same instant as 09:00 in Mogadishu.
      const res = await addSession(
        niamey,
        plenary({ startTime: '07:00', endTime: '08:00', speakers: [{ userId: trainerId }] }),
      );
      expect(res.status).toBe(409);
      expect(res.body.conflicts).toEqual([
        expect.objectContaining({ kind: 'speaker', eventId: mogadishu.id }),
      ]);
    });

    it('ignores the sessions of a cancelled event', async () => {
      const venue = `Cancelled venue ${Date.now()}`;
      const cancelled = await newEvent({ venue });
      await addSession(cancelled, plenary()).expect(201);
      await coordinator
        .post(`/api/events/${cancelled.id}/transitions`)
        .send({ to: 'cancelled' })
        .expect(201);
      const other = await newEvent({ venue });
      await addSession(other, plenary()).expect(201);
    });

    it('books a room once when several ask for it in the same instant', async () => {
      const venue = `Race venue ${Date.now()}`;
      const events = await Promise.all([1, 2, 3, 4, 5].map(() => newEvent({ venue })));
      const results = await Promise.all(
        events.map((event) => addSession(event, plenary({ room: 'Race room' }))),
      );
      expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409]);
    });
  });

  it('moves a session, checking conflicts against others but not itself', async () => {
    const event = await newEvent();
    const a: Session = (await addSession(event, plenary({ room: 'R' })).expect(201)).body;
    const b: Session = (
      await addSession(event, plenary({ room: 'R', startTime: '11:00', endTime: '12:00' })).expect(
        201,
      )
    ).body;
    const self = await coordinator
      .patch(`/api/events/${event.id}/sessions/${a.id}`)
      .send({ startTime: '09:30', endTime: '10:45' });
    expect(self.status).toBe(200);
    expect(self.body).toMatchObject({
      startTime: '09:30',
      endTime: '10:45',
      startsAt: '2020-01-12T06:30:00.000Z',
    });
    const clash = await coordinator
      .patch(`/api/events/${event.id}/sessions/${b.id}`)
      .send({ startTime: '10:00' });
    expect(clash.status).toBe(409);
    const moved = await coordinator
      .patch(`/api/events/${event.id}/sessions/${b.id}`)
      .send({ date: '2020-01-13', startTime: '10:00' });
    expect(moved.body).toMatchObject({ date: '2020-01-13', startTime: '10:00', endTime: '12:00' });
    await coordinator.delete(`/api/events/${event.id}/sessions/${b.id}`).expect(204);
    expect((await coordinator.delete(`/api/events/${event.id}/sessions/${b.id}`)).status).toBe(404);
  });

  describe('generate from the package', () => {
    it('spreads the 30 module hours over the five days and reports coverage', async () => {
      const event = await newEvent();
      const res = await coordinator
        .post(`/api/events/${event.id}/sessions/generate`)
        .send({ room: 'Hall 2' });
      expect(res.status).toBe(201);
      const sessions = res.body as Session[];
      expect(sessions[0]).toMatchObject({
        date: '2020-01-12',
        startTime: '09:00',
        endTime: '12:00',
        room: 'Hall 2',
        type: 'module',
      });
      expect(sessions.at(-1)).toMatchObject({ date: '2020-01-16', endTime: '16:00' });
      expect(new Set(sessions.map((s) => s.module?.id)).size).toBe(5);
      const detail = (await coordinator.get(`/api/events/${event.id}`)).body as Event;
      expect(detail.scheduledHours).toBe(30);
      expect(detail.coverage.map((c) => [c.requiredHours, c.scheduledHours])).toEqual([
        [4, 4],
        [6, 6],
        [8, 8],
        [6, 6],
        [6, 6],
      ]);
    });

    it('will not pile onto existing sessions unless asked to replace them', async () => {
      const event = await newEvent();
      await coordinator.post(`/api/events/${event.id}/sessions/generate`).send({}).expect(201);
      const again = await coordinator.post(`/api/events/${event.id}/sessions/generate`).send({});
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('event_has_sessions');
      const replaced = await coordinator.post(`/api/events/${event.id}/sessions/generate`).send({
        replaceExisting: true,
        dayStart: '08:00',
        breakStart: '12:00',
        breakEnd: '12:30',
        dayEnd: '15:30',
      });
      expect(replaced.status).toBe(201);
      expect(replaced.body[0]).toMatchObject({ startTime: '08:00', endTime: '12:00' });
    });

    it('only exists for trainings, and checks the day plan', async () => {
      const conference = await createEvent(coordinator, {
        ...trainingInput(pkg.id),
        kind: 'conference',
        packageId: null,
      });
      const res = await coordinator.post(`/api/events/${conference.id}/sessions/generate`).send({});
      expect(res.status).toBe(422);
      expect(res.body.code).toBe('event_not_training');
      const plan = await coordinator
        .post(`/api/events/${conference.id}/sessions/generate`)
        .send({ breakStart: '08:00' });
      expect(plan.status).toBe(400);
      expect(plan.body.errors[0]).toMatchObject({ path: 'breakStart', code: 'day_plan' });
    });
  });
});
