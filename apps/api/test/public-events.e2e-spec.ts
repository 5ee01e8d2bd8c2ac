import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Event, PublicEvent } from '@multaqa/contract';
import { type Agent, createEvent, publishedPackage, trainingInput } from './support/fixtures.js';
import { createTestApp, type TestApp } from './support/test-app.js';

describe('public event pages', () => {
  let t: TestApp;
  let coordinator: Agent;
  let open: Event;
  let draft: Event;

  beforeAll(async () => {
    t = await createTestApp();
    coordinator = (await t.signIn(['coordinator'])).agent;
    const pkg = await publishedPackage(coordinator);
    const university = await coordinator
      .post('/api/institutions')
      .send({
        name: { en: 'Naif Arab University for Security Sciences' },
        kind: 'university',
        countryCode: 'SA',
      })
      .expect(201);
    open = await createEvent(
      coordinator,
      trainingInput(pkg.id, { partnerIds: [university.body.id] }),
    );
    await coordinator
      .post(`/api/events/${open.id}/sessions/generate`)
      .send({ room: 'Hall 1' })
      .expect(201);
    await coordinator
      .post(`/api/events/${open.id}/transitions`)
      .send({ to: 'registration_open' })
      .expect(201);
    draft = await createEvent(coordinator, trainingInput(pkg.id));
  });
  afterAll(() => t.close());

  it('shows an event with open registration to anyone, without internal data', async () => {
    const res = await t.http().get(`/api/public/events/${open.id}`);
    expect(res.status).toBe(200);
    const event = res.body as PublicEvent;
    expect(event).toMatchObject({
      status: 'registration_open',
      timeZone: 'Africa/Mogadishu',
      partners: [{ countryCode: 'SA' }],
      registrationMode: 'open',
    });
    expect(event.sessions).toHaveLength(12);
    expect(Object.keys(res.body)).not.toEqual(
      expect.arrayContaining(['coordinators', 'history', 'capacity']),
    );
  });

  it('says, before the form, that registration needs an invitation code', async () => {
    await coordinator
      .put(`/api/events/${open.id}/registration-form`)
      .send({ mode: 'invitation_only' })
      .expect(200);
    const res = await t.http().get(`/api/public/events/${open.id}`).expect(200);
    expect(res.body.registrationMode).toBe('invitation_only');
    await coordinator
      .put(`/api/events/${open.id}/registration-form`)
      .send({ mode: 'open' })
      .expect(200);
  });

  it('hides drafts (404) and lists only public events', async () => {
    expect((await t.http().get(`/api/public/events/${draft.id}`)).status).toBe(404);
    const list = await t.http().get('/api/public/events').expect(200);
    const ids = list.body.items.map((e: { id: string }) => e.id);
    expect(ids).toContain(open.id);
    expect(ids).not.toContain(draft.id);
  });

  it('serves the programme as iCalendar with the event’s TZID and local times', async () => {
    const res = await t.http().get(`/api/public/events/${open.id}/calendar.ics?lang=ar`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/calendar/);
    expect(res.headers['content-disposition']).toMatch(
      /attachment; filename="multaqa-2020-01-12\.ics"/,
    );
    const ics = res.text.replace(/\r\n /g, '');
    expect(ics).toMatch(/^BEGIN:VCALENDAR/);
    expect(ics).toContain('BEGIN:VTIMEZONE\r\nTZID:Africa/Mogadishu');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(12);
    expect(ics).toContain('DTSTART;TZID=Africa/Mogadishu:20200112T090000');
    expect(ics).toContain('DTEND;TZID=Africa/Mogadishu:20200116T160000');
    expect(ics).toContain('SUMMARY:أسس: الخطاب المتطرف وخطاب الكراهية على الإنترنت');
  });

  it('keeps the public list between event writes, and changes it at the first write', async () => {
    const first = await t.http().get('/api/public/events').expect(200);
    // Behind the API's back the list is not read again: it comes from memory…
    await t.db.query(`UPDATE events SET city = 'Nowhere' WHERE id = $1`, [open.id]);
    const cached = await t.http().get('/api/public/events').expect(200);
    expect(cached.body).toEqual(first.body);
    // …until an event is written through the API.
    const renamed = { en: 'A renamed public event' };
    await coordinator.patch(`/api/events/${open.id}`).send({ title: renamed }).expect(200);
    const fresh = await t.http().get('/api/public/events').expect(200);
    expect(fresh.body.items.find((e: { id: string }) => e.id === open.id)).toMatchObject({
      title: renamed,
      city: 'Nowhere',
    });
  });

  it('keeps each public event page between writes, and shows a programme change at once', async () => {
    const path = `/api/public/events/${open.id}`;
    const first = (await t.http().get(path).expect(200)).body as PublicEvent;
    const session = first.sessions[0];
    // Behind the API's back the page is not read again…
    await t.db.query(`UPDATE event_sessions SET room = 'Basement' WHERE id = $1`, [session.id]);
    expect((await t.http().get(path).expect(200)).body).toEqual(first);
    // …until the programme is written through the API.
    await coordinator
      .patch(`/api/events/${open.id}/sessions/${session.id}`)
      .send({ room: 'Hall 2' })
      .expect(200);
    const fresh = (await t.http().get(path).expect(200)).body as PublicEvent;
    expect(fresh.sessions.find((s) => s.id === session.id)?.room).toBe('Hall 2');
  });

  it('answers 304 to a visitor who already has the current list', async () => {
    const res = await t.http().get('/api/public/events').expect(200);
    expect(res.headers.etag).toBeTruthy();
    await t.http().get('/api/public/events').set('If-None-Match', res.headers.etag).expect(304);
  });
});
