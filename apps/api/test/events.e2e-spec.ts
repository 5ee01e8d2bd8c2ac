import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  EVENT_STATUSES,
  EVENT_TRANSITIONS,
  type EventStatus,
  type TrainingPackage,
} from '@multaqa/contract';
import { type Agent, createEvent, publishedPackage, trainingInput } from './support/fixtures.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/** A legal path from draft to each status. */
const PATH_TO: Record<EventStatus, EventStatus[]> = {
  draft: [],
  registration_open: ['registration_open'],
  registration_closed: ['registration_open', 'registration_closed'],
  in_progress: ['registration_open', 'registration_closed', 'in_progress'],
  completed: ['registration_open', 'registration_closed', 'in_progress', 'completed'],
  archived: ['registration_open', 'registration_closed', 'in_progress', 'completed', 'archived'],
  cancelled: ['cancelled'],
};

describe('events', () => {
  let t: TestApp;
  let coordinator: Agent;
  let otherCoordinator: Agent;
  let admin: Agent;
  let pkg: TrainingPackage;

  beforeAll(async () => {
    t = await createTestApp();
    coordinator = (await t.signIn(['coordinator'])).agent;
    otherCoordinator = (await t.signIn(['coordinator'])).agent;
    admin = (await t.signIn(['admin'])).agent;
    pkg = await publishedPackage(coordinator);
  });
  afterAll(() => t.close());

  const inStatus = async (status: EventStatus) => {
    const event = await createEvent(coordinator, trainingInput(pkg.id));
    for (const to of PATH_TO[status]) {
      await coordinator
        .post(`/api/events/${event.id}/transitions`)
        .send({ to, reason: 'test' })
        .expect(201);
    }
    return event;
  };

  describe('create', () => {
    it('creates a draft training delivering a published package, with its creator as coordinator', async () => {
      const { agent, user } = await t.signIn(['coordinator']);
      const event = await createEvent(agent, trainingInput(pkg.id));
      expect(event).toMatchObject({
        kind: 'training',
        status: 'draft',
        timeZone: 'Africa/Mogadishu',
        startDate: '2020-01-12',
        endDate: '2020-01-16',
        package: { id: pkg.id, version: 1, totalHours: 30 },
        sessionCount: 0,
        scheduledHours: 0,
      });
      expect(event.coordinators.map((c) => c.id)).toEqual([user.id]);
      expect(event.history).toEqual([expect.objectContaining({ from: null, to: 'draft' })]);
      expect(event.coverage.map((c) => c.requiredHours)).toEqual([4, 6, 8, 6, 6]);
    });

    it('names the city and venue in each language given, and keeps a plain name under its script', async () => {
      const city = { ar: 'مقديشو', en: 'Mogadishu', fr: 'Mogadiscio' };
      const venue = { ar: 'مركز التدريب', fr: 'Centre de formation' };
      const event = await createEvent(coordinator, { ...trainingInput(pkg.id), city, venue });
      expect(event).toMatchObject({ city, venue });
      await coordinator
        .post(`/api/events/${event.id}/transitions`)
        .send({ to: 'registration_open' })
        .expect(201);
      expect((await t.http().get(`/api/public/events/${event.id}`)).body).toMatchObject({
        city,
        venue,
      });
      // A client that sends one string, as before: Arabic script is Arabic, anything else English.
      const patched = await coordinator
        .patch(`/api/events/${event.id}`)
        .send({ city: 'بيدوا', venue: 'Hall B' })
        .expect(200);
      expect(patched.body).toMatchObject({ city: { ar: 'بيدوا' }, venue: { en: 'Hall B' } });
      const empty = await coordinator.patch(`/api/events/${event.id}`).send({ city: {} });
      expect(empty.status).toBe(400);
    });

    it('validates with field paths', async () => {
      const res = await coordinator
        .post('/api/events')
        .set('Accept-Language', 'en')
        .send({
          ...trainingInput(pkg.id),
          packageId: null,
          timeZone: 'Mars/Olympus',
          startDate: '2020-01-16',
          endDate: '2020-01-12',
          capacity: 0,
        });
      expect(res.status).toBe(400);
      expect(
        res.body.errors.map((e: { path: string; code: string }) => `${e.path}:${e.code}`).sort(),
      ).toEqual([
        'capacity:too_low',
        'endDate:end_before_start',
        'packageId:package_required',
        'timeZone:time_zone',
      ]);
    });

    it('answers 422 with the field for references that do not exist', async () => {
      const country = await coordinator
        .post('/api/events')
        .send(trainingInput(pkg.id, { countryCode: 'ZZ' }));
      expect(country.status).toBe(422);
      expect(country.body.errors).toEqual([
        {
          path: 'countryCode',
          code: 'unknown_country',
          message: 'There is no country with this code.',
        },
      ]);
      const draft = await coordinator
        .post('/api/training-packages')
        .send({ title: { en: 'Draft' } })
        .expect(201);
      const unpublished = await coordinator.post('/api/events').send(trainingInput(draft.body.id));
      expect(unpublished.status).toBe(422);
      expect(unpublished.body.errors[0]).toMatchObject({
        path: 'packageId',
        code: 'package_not_published',
      });
      const partner = await coordinator
        .post('/api/events')
        .send(trainingInput(pkg.id, { partnerIds: ['6f1c1f9e-1111-4aaa-8bbb-123456789abc'] }));
      expect(partner.body.errors[0]).toMatchObject({
        path: 'partnerIds',
        code: 'unknown_institution',
      });
    });
  });

  describe('lifecycle', () => {
    const cases = EVENT_STATUSES.flatMap((from) => EVENT_STATUSES.map((to) => [from, to] as const));

    it.each(cases)('%s → %s', async (from, to) => {
      const event = await inStatus(from);
      const res = await coordinator
        .post(`/api/events/${event.id}/transitions`)
        .set('Accept-Language', 'en')
        .send({ to });
      if (EVENT_TRANSITIONS[from].includes(to)) {
        expect(res.status).toBe(201);
        expect(res.body.status).toBe(to);
        expect(res.body.history.at(-1)).toMatchObject({ from, to });
      } else {
        expect(res.status).toBe(409);
        expect(res.body.code).toBe('event_transition_not_allowed');
        expect(res.body.detail).toMatch(/^An event cannot go from “.+” to “.+”\.$/);
      }
    });

    it('keeps a cancelled event and its history, with the reason', async () => {
      const event = await inStatus('registration_open');
      const res = await coordinator
        .post(`/api/events/${event.id}/transitions`)
        .send({ to: 'cancelled', reason: 'Security situation' });
      expect(res.body.history.map((h: { to: string }) => h.to)).toEqual([
        'draft',
        'registration_open',
        'cancelled',
      ]);
      expect(res.body.history.at(-1).reason).toBe('Security situation');
      expect((await coordinator.get(`/api/events/${event.id}`)).status).toBe(200);
    });

    it('makes completed, archived and cancelled events read-only', async () => {
      for (const status of ['completed', 'archived', 'cancelled'] as const) {
        const event = await inStatus(status);
        const edit = await coordinator
          .patch(`/api/events/${event.id}`)
          .set('Accept-Language', 'fr')
          .send({ capacity: 10 });
        expect(edit.status).toBe(409);
        expect(edit.body.code).toBe('event_read_only');
        expect(edit.body.detail).toMatch(/ne peut plus être modifié/);
        const session = await coordinator.post(`/api/events/${event.id}/sessions`).send({
          title: { en: 'Late' },
          type: 'plenary',
          date: '2020-01-12',
          startTime: '09:00',
          endTime: '10:00',
        });
        expect(session.status).toBe(409);
      }
    });

    it('refuses to open registration once its window has closed', async () => {
      const event = await createEvent(
        coordinator,
        trainingInput(pkg.id, {
          registrationOpensAt: '2019-11-01T08:00:00+03:00',
          registrationClosesAt: '2019-12-01T08:00:00+03:00',
        }),
      );
      const res = await coordinator
        .post(`/api/events/${event.id}/transitions`)
        .send({ to: 'registration_open' });
      expect(res.status).toBe(422);
      expect(res.body.code).toBe('registration_window_over');
    });
  });

  describe('who sees what', () => {
    it('hides an event from a coordinator who does not coordinate it (404, not the data)', async () => {
      const event = await createEvent(coordinator, trainingInput(pkg.id));
      const get = await otherCoordinator.get(`/api/events/${event.id}`);
      expect(get.status).toBe(404);
      expect(get.body.title).not.toEqual(event.title);
      expect(
        (await otherCoordinator.patch(`/api/events/${event.id}`).send({ capacity: 1 })).status,
      ).toBe(404);
      expect((await otherCoordinator.get(`/api/events/${event.id}/sessions`)).status).toBe(404);
      const list = await otherCoordinator.get('/api/events').query({ pageSize: 100 });
      expect(list.body.items.map((e: { id: string }) => e.id)).not.toContain(event.id);
      expect((await admin.get(`/api/events/${event.id}`)).status).toBe(200);
    });

    it('lets a coordinator share an event with another coordinator', async () => {
      const { user } = await t.signIn(['coordinator']);
      const event = await createEvent(admin, trainingInput(pkg.id, { coordinatorIds: [user.id] }));
      expect(event.coordinators.map((c) => c.id)).toEqual([user.id]);
      const notCoordinator = await t.signIn(['trainer']);
      const res = await admin
        .post('/api/events')
        .send(trainingInput(pkg.id, { coordinatorIds: [notCoordinator.user.id] }));
      expect(res.status).toBe(422);
      expect(res.body.errors[0]).toMatchObject({
        path: 'coordinatorIds',
        code: 'user_not_coordinator',
      });
    });

    it('refuses trainers and participants (403) and anonymous callers (401)', async () => {
      for (const role of ['trainer', 'participant'] as const) {
        const { agent } = await t.signIn([role]);
        expect((await agent.get('/api/events')).status).toBe(403);
      }
      expect((await t.http().get('/api/events')).status).toBe(401);
    });
  });

  describe('list', () => {
    it('filters by kind, status, country and overlapping date range, and searches titles and cities', async () => {
      const marker = `List${Date.now()}`;
      await createEvent(coordinator, trainingInput(pkg.id, { title: { en: `${marker} Jan` } }));
      await createEvent(
        coordinator,
        trainingInput(pkg.id, {
          title: { en: `${marker} Feb` },
          startDate: '2020-02-10',
          endDate: '2020-02-12',
        }),
      );
      await createEvent(coordinator, {
        ...trainingInput(pkg.id, { title: { en: `${marker} Riyadh` } }),
        kind: 'conference',
        packageId: null,
        city: 'Riyadh',
        countryCode: 'SA',
        timeZone: 'Asia/Riyadh',
        startDate: '2019-04-15',
        endDate: '2019-04-17',
      });
      const q = (params: Record<string, string>) =>
        coordinator
          .get('/api/events')
          .query({ q: marker, sort: 'startDate', order: 'asc', ...params });
      expect((await q({})).body.total).toBe(3);
      expect(
        (await q({ kind: 'conference' })).body.items.map((e: { city: object }) => e.city),
      ).toEqual([{ en: 'Riyadh' }]);
      expect((await q({ countryCode: 'so' })).body.total).toBe(2);
      expect(
        (await q({ from: '2020-01-16', to: '2020-01-31' })).body.items.map(
          (e: { startDate: string }) => e.startDate,
        ),
      ).toEqual(['2020-01-12']);
      expect((await q({ status: 'draft', pageSize: '1', page: '2' })).body).toMatchObject({
        total: 3,
        items: [expect.objectContaining({ startDate: '2020-01-12' })],
      });
    });
  });

  describe('copy', () => {
    it('copies an event as a draft with dates, window and sessions shifted', async () => {
      const source = await createEvent(
        coordinator,
        trainingInput(pkg.id, {
          registrationOpensAt: '2019-12-01T08:00:00+03:00',
          registrationClosesAt: '2020-01-05T18:00:00+03:00',
        }),
      );
      await coordinator.post(`/api/events/${source.id}/sessions/generate`).send({}).expect(201);
      await coordinator
        .post(`/api/events/${source.id}/transitions`)
        .send({ to: 'registration_open' });
      const res = await coordinator
        .post(`/api/events/${source.id}/copy`)
        .send({ startDate: '2020-01-26' });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        status: 'draft',
        startDate: '2020-01-26',
        endDate: '2020-01-30',
        copiedFromId: source.id,
        registrationOpensAt: '2019-12-15T05:00:00.000Z',
        registrationClosesAt: '2020-01-19T15:00:00.000Z',
        scheduledHours: 30,
      });
      const sessions = await coordinator.get(`/api/events/${res.body.id}/sessions`).expect(200);
      expect(sessions.body[0]).toMatchObject({ date: '2020-01-26', startTime: '09:00' });
      expect(sessions.body.at(-1)).toMatchObject({ date: '2020-01-30', endTime: '16:00' });
    });
  });

  describe('time zones', () => {
    it('keeps sessions at their local time when the event changes time zone', async () => {
      const event = await createEvent(coordinator, trainingInput(pkg.id));
      const created = await coordinator
        .post(`/api/events/${event.id}/sessions`)
        .send({
          title: { en: 'Opening' },
          type: 'plenary',
          date: '2020-01-12',
          startTime: '09:00',
          endTime: '10:00',
        })
        .expect(201);
      expect(created.body.startsAt).toBe('2020-01-12T06:00:00.000Z');
      await coordinator
        .patch(`/api/events/${event.id}`)
        .send({ timeZone: 'Africa/Niamey', city: 'Niamey', countryCode: 'NE' })
        .expect(200);
      const [moved] = (await coordinator.get(`/api/events/${event.id}/sessions`)).body;
      expect(moved).toMatchObject({ startTime: '09:00', startsAt: '2020-01-12T08:00:00.000Z' });
    });

    it('refuses new dates that would leave sessions outside the event', async () => {
      const event = await createEvent(coordinator, trainingInput(pkg.id));
      await coordinator
        .post(`/api/events/${event.id}/sessions`)
        .send({
          title: { en: 'Last day' },
          type: 'plenary',
          date: '2020-01-16',
          startTime: '09:00',
          endTime: '10:00',
        })
        .expect(201);
      const res = await coordinator
        .patch(`/api/events/${event.id}`)
        .send({ endDate: '2020-01-14' });
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('event_sessions_outside_dates');
    });
  });
});
