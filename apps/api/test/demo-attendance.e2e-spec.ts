import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { AttendanceSessions, MySchedule, Roster } from '@multaqa/contract';
import { DEMO_PASSWORD } from '../src/database/seed/demo-data.js';
import { MOGADISHU_CAPACITY } from '../src/database/seed/demo-events.js';
import { browserClient, createTestApp, type TestApp } from './support/test-app.js';

/** A newcomer who signs in to the demo sees badges, rosters and attendance already taken. */
describe('demo attendance', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ SEED_DEMO: 'true' });
  });
  afterAll(() => t.close());

  const as = async (email: string) => {
    const agent = browserClient(t.app);
    await agent.post('/api/auth/login').send({ email, password: DEMO_PASSWORD }).expect(200);
    return agent;
  };

  it('gives the trainer rosters with attendance, the door staff a scanner, the participant a schedule', async () => {
    const trainer = await as('trainer@multaqa.test');
    const mine = (await trainer.get('/api/me/attendance-sessions').expect(200))
      .body as AttendanceSessions;
    expect(mine.length).toBeGreaterThanOrEqual(3);
    // The first cohort's opening session (past sessions are listed newest first).
    const first = mine
      .filter((s) => s.role === 'speaker')
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt))[0];
    const roster = (
      await trainer
        .get(`/api/events/${first.eventId}/sessions/${first.sessionId}/roster`)
        .expect(200)
    ).body as Roster;
    expect(roster.counts.expected).toBe(MOGADISHU_CAPACITY);
    expect(roster.counts.present).toBeGreaterThan(0);
    expect(roster.counts.late).toBeGreaterThan(0);

    const door = await as('door@multaqa.test');
    const kit = await door
      .get(`/api/events/${first.eventId}/sessions/${first.sessionId}/scanner-kit`)
      .expect(200);
    expect(kit.body.roster.entries).toHaveLength(MOGADISHU_CAPACITY);

    const coordinator = await as('coordinator@multaqa.test');
    const badges = (await coordinator.get(`/api/events/${first.eventId}/badges`).expect(200)).body;
    expect(badges.filter((b: { registrationId: string | null }) => b.registrationId)).toHaveLength(
      MOGADISHU_CAPACITY,
    );
    const rates = (
      await coordinator.get(`/api/events/${first.eventId}/attendance/rates`).expect(200)
    ).body;
    expect(rates.event.rate).toBeGreaterThan(0);

    const participant = await as('participant@multaqa.test');
    const schedule = (await participant.get('/api/me/schedule').expect(200)).body as MySchedule;
    expect(schedule.some((s) => s.attendance !== null)).toBe(true);
  });
});
