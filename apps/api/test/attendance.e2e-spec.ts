import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type {
  AttendanceSyncResult,
  Event,
  MarkAttendanceResult,
  Roster,
  ScannerKit,
  Session,
} from '@multaqa/contract';
import {
  approvedPeople,
  badgesByRegistration,
  eventWithSessions,
  shuffled,
} from './support/attendance-fixtures.js';
import type { Agent } from './support/fixtures.js';
import { jest } from '@jest/globals';
import { Clock } from '../src/common/clock/clock.js';
import { binary } from './support/binary.js';
import { normalise, PdfFile } from './support/pdf-tools.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const scan = (session: Session, token: string, overrides: Record<string, unknown> = {}) => ({
  clientId: randomUUID(),
  sessionId: session.id,
  badgeToken: token,
  status: 'present',
  method: 'scan',
  takenAt: new Date(Date.parse(session.startsAt) + 5 * 60_000).toISOString(),
  ...overrides,
});

describe('attendance', () => {
  let t: TestApp;
  let coordinator: Agent;
  let trainer: Awaited<ReturnType<TestApp['signIn']>>;
  let otherTrainer: Awaited<ReturnType<TestApp['signIn']>>;
  let door: Awaited<ReturnType<TestApp['signIn']>>;
  let event: Event;
  let sessions: Session[];
  let people: { participantId: string; registrationId: string }[];

  beforeAll(async () => {
    t = await createTestApp();
    coordinator = (await t.signIn(['coordinator'])).agent;
    trainer = await t.signIn(['trainer']);
    otherTrainer = await t.signIn(['trainer']);
    door = await t.signIn(['door_staff']);
    ({ event, sessions } = await eventWithSessions(coordinator, 3, [
      [trainer.user.id],
      [otherTrainer.user.id],
    ]));
    people = await approvedPeople(t, event.id, 5, (i) =>
      i === 0
        ? { ar: 'فاطمة أحمد', latin: 'Fatima Ahmed' }
        : { ar: `مشارك ${i}`, latin: `Participant ${i}` },
    );
    await coordinator
      .put(`/api/events/${event.id}/door-staff`)
      .send({ userIds: [door.user.id] })
      .expect(200);
  });
  afterAll(() => t.close());

  const rosterPath = (s: Session) => `/api/events/${event.id}/sessions/${s.id}/roster`;

  it('lists everyone expected, searches either script with Arabic spelling folded, marks idempotently', async () => {
    const [s] = sessions;
    const roster = (await coordinator.get(rosterPath(s)).expect(200)).body as Roster;
    expect(roster.entries).toHaveLength(5);
    expect(roster.counts).toEqual({
      expected: 5,
      present: 0,
      late: 0,
      excused: 0,
      absent: 0,
      unmarked: 5,
    });
    const arabic = await coordinator.get(rosterPath(s)).query({ q: 'فاطمه احمد' }).expect(200);
    expect(arabic.body.entries.map((e: { fullNameLatin: string }) => e.fullNameLatin)).toEqual([
      'Fatima Ahmed',
    ]);
    const latin = await coordinator.get(rosterPath(s)).query({ q: 'fatima' }).expect(200);
    expect(latin.body.entries).toHaveLength(1);
    expect(latin.body.counts.expected).toBe(5);

    const put = (status: string) =>
      coordinator
        .put(`/api/events/${event.id}/sessions/${s.id}/attendance`)
        .send({ records: [{ participantId: people[0].participantId, status }] });
    const first = await put('late');
    expect(first.status).toBe(200);
    const marked = first.body as MarkAttendanceResult;
    expect(marked.records[0]).toMatchObject({ status: 'late', method: 'roster' });
    expect(marked.counts).toMatchObject({ late: 1, unmarked: 4 });
    const again = (await put('late')).body as MarkAttendanceResult;
    expect(again.records[0].takenAt).toBe(marked.records[0].takenAt);

    const all = await coordinator.post(
      `/api/events/${event.id}/sessions/${s.id}/attendance/mark-all-present`,
    );
    expect(all.status).toBe(200);
    expect(all.body).toMatchObject({ marked: 4, counts: { present: 4, late: 1, unmarked: 0 } });
    const stranger = (
      await approvedPeople(t, (await eventWithSessions(coordinator, 1)).event.id, 1)
    )[0];
    const refused = await coordinator
      .put(`/api/events/${event.id}/sessions/${s.id}/attendance`)
      .send({ records: [{ participantId: stranger.participantId, status: 'present' }] });
    expect(refused.status).toBe(422);
    expect(refused.body.errors[0]).toMatchObject({
      path: 'records.0.participantId',
      code: 'not_expected',
    });
  });

  it('lets each role reach exactly its part', async () => {
    const [mine, theirs] = sessions;
    const participant = (await t.signIn(['participant'])).agent;
    const otherCoordinator = (await t.signIn(['coordinator'])).agent;
    const unassignedDoor = (await t.signIn(['door_staff'])).agent;
    expect((await trainer.agent.get(rosterPath(mine))).status).toBe(200);
    expect((await trainer.agent.get(rosterPath(theirs))).status).toBe(404);
    expect((await otherTrainer.agent.get(rosterPath(mine))).status).toBe(404);
    expect((await otherCoordinator.get(rosterPath(mine))).status).toBe(404);
    expect((await participant.get(rosterPath(mine))).status).toBe(403);
    expect((await door.agent.get(rosterPath(mine))).status).toBe(403);
    expect(
      (
        await door.agent
          .put(`/api/events/${event.id}/sessions/${mine.id}/attendance`)
          .send({ records: [{ participantId: people[0].participantId, status: 'present' }] })
      ).status,
    ).toBe(403);
    const kit = `/api/events/${event.id}/sessions/${mine.id}/scanner-kit`;
    expect((await door.agent.get(kit)).status).toBe(200);
    expect((await trainer.agent.get(kit)).status).toBe(200);
    expect((await unassignedDoor.get(kit)).status).toBe(404);
    expect((await otherTrainer.agent.get(kit)).status).toBe(404);
    expect((await door.agent.get(`/api/events/${event.id}/door-staff`)).status).toBe(403);
    const picker = await coordinator
      .get('/api/users/staff')
      .query({ role: 'door_staff' })
      .expect(200);
    expect(picker.body.map((u: { id: string }) => u.id)).toContain(door.user.id);
    const notDoor = await coordinator
      .put(`/api/events/${event.id}/door-staff`)
      .send({ userIds: [door.user.id, trainer.user.id] });
    expect(notDoor.status).toBe(422);
    expect(notDoor.body.errors[0]).toMatchObject({ path: 'userIds.1', code: 'not_door_staff' });
    const [s] = sessions;
    const badge = (await badgesByRegistration(coordinator, event.id)).get(
      people[1].registrationId,
    )!;
    const bySearch = await door.agent.post('/api/attendance/sync').send({
      deviceId: randomUUID(),
      records: [
        scan(s, badge.token, { sessionId: sessions[2].id, takenAt: sessions[2].startsAt }),
        {
          ...scan(s, ''),
          badgeToken: undefined,
          participantId: people[2].participantId,
          method: 'roster',
        },
      ],
    });
    expect(bySearch.status).toBe(200);
    expect(bySearch.body.results.map((r: { outcome: string }) => r.outcome)).toEqual([
      'stored',
      'refused',
    ]);
    expect(bySearch.body.results[1].conflict).toBe('not_allowed');
  });

  it('gives a scanner everything it needs offline', async () => {
    const kit = (
      await door.agent
        .get(`/api/events/${event.id}/sessions/${sessions[1].id}/scanner-kit`)
        .expect(200)
    ).body as ScannerKit;
    expect(kit.roster.entries).toHaveLength(5);
    expect(kit.keys.length).toBeGreaterThan(0);
    expect(kit.lateAfterMinutes).toBe(15);
    expect(kit.revokedBadgeIds).toEqual([]);
  });

  it('stores 1,000 records exactly once though sent three times, shuffled, with answers lost', async () => {
    const big = await eventWithSessions(coordinator, 1);
    const crowd = await approvedPeople(t, big.event.id, 1000);
    const badges = await badgesByRegistration(coordinator, big.event.id);
    const [s] = big.sessions;
    const records = crowd.map((p, i) =>
      scan(s, badges.get(p.registrationId)!.token, {
        takenAt: new Date(Date.parse(s.startsAt) + i * 1000).toISOString(),
      }),
    );
    const deviceId = randomUUID();
    const send = (batch: typeof records) =>
      coordinator.post('/api/attendance/sync').send({ deviceId, records: batch });
    // The first send's answer is "lost": the device resends everything, twice, in any order.
    const results = await Promise.all([send(shuffled(records)), send(shuffled(records))]);
    const last = await send(shuffled(records));
    for (const res of [...results, last]) expect(res.status).toBe(200);
    const body = last.body as AttendanceSyncResult;
    expect(body.results.every((r) => r.outcome === 'duplicate' && r.record)).toBe(true);
    const all = [...results, last].flatMap((r) => (r.body as AttendanceSyncResult).results);
    expect(all.filter((r) => r.outcome === 'stored')).toHaveLength(1000);
    const [{ records: stored, submissions }] = await t.db.query(
      `SELECT (SELECT count(*)::int FROM attendance_records WHERE session_id = $1) AS records,
              (SELECT count(*)::int FROM attendance_submissions WHERE session_id = $1) AS submissions`,
      [s.id],
    );
    expect({ stored, submissions }).toEqual({ stored: 1000, submissions: 1000 });
  });

  it('records conflicts and refuses forged and revoked badges', async () => {
    const {
      event: ev,
      sessions: [s],
    } = await eventWithSessions(coordinator, 1);
    const crowd = await approvedPeople(t, ev.id, 4);
    const badges = await badgesByRegistration(coordinator, ev.id);
    const token = (i: number) => badges.get(crowd[i].registrationId)!.token;
    const at = (minutes: number) =>
      new Date(Date.parse(s.startsAt) + minutes * 60_000).toISOString();
    const sync = (records: unknown[]) =>
      coordinator.post('/api/attendance/sync').send({ deviceId: randomUUID(), records });

    // Device B (online) says late at 09:20; device A (offline) said present at 09:03 and syncs later.
    const late = await sync([scan(s, token(0), { status: 'late', takenAt: at(20) })]);
    expect(late.body.results[0].outcome).toBe('stored');
    const early = await sync([scan(s, token(0), { takenAt: at(3) })]);
    expect(early.body.results[0]).toMatchObject({
      outcome: 'conflict',
      conflict: 'two_devices',
      record: { status: 'present', takenAt: at(3) },
    });
    const agreeing = await sync([scan(s, token(0), { takenAt: at(30) })]);
    expect(agreeing.body.results[0]).toMatchObject({
      outcome: 'unchanged',
      record: { takenAt: at(3) },
    });

    const [head, payload, signature] = token(1).split('.');
    const flipped = signature[5] === 'A' ? 'B' : 'A';
    const forged = `${head}.${payload}.${signature.slice(0, 5)}${flipped}${signature.slice(6)}`;
    const reissued = await coordinator
      .post(`/api/events/${ev.id}/registrations/${crowd[2].registrationId}/badge`)
      .send({ reason: 'Damaged' })
      .expect(201);
    const other = await eventWithSessions(coordinator, 1);
    const res = await sync([
      scan(s, forged),
      scan(s, token(2)),
      scan(s, reissued.body.token),
      scan(s, token(3), { takenAt: '2020-01-14T06:00:00.000Z' }),
      scan(other.sessions[0], token(3)),
    ]);
    expect(
      res.body.results.map((r: { outcome: string; conflict: string | null }) => [
        r.outcome,
        r.conflict,
      ]),
    ).toEqual([
      ['refused', 'forged_badge'],
      ['refused', 'revoked_badge'],
      ['stored', null],
      ['conflict', 'session_moved'],
      ['refused', 'wrong_event'],
    ]);
    const [{ count }] = await t.db.query(
      'SELECT count(*)::int AS count FROM attendance_records WHERE session_id = $1',
      [s.id],
    );
    expect(count).toBe(3);
    const listed = await coordinator.get(`/api/events/${ev.id}/attendance/conflicts`).expect(200);
    expect(listed.body.map((c: { kind: string }) => c.kind).sort()).toEqual([
      'forged_badge',
      'revoked_badge',
      'session_moved',
      'two_devices',
    ]);
  });

  it('answers a batch mixing new people, someone already recorded and a resend, storing each clientId once', async () => {
    const {
      event: ev,
      sessions: [s],
    } = await eventWithSessions(coordinator, 1);
    const crowd = await approvedPeople(t, ev.id, 3);
    const badges = await badgesByRegistration(coordinator, ev.id);
    const token = (i: number) => badges.get(crowd[i].registrationId)!.token;
    const at = (minutes: number) =>
      new Date(Date.parse(s.startsAt) + minutes * 60_000).toISOString();
    // A scanner of its own: the other tests count what the shared door staff may reach.
    const scanner = await t.signIn(['door_staff']);
    const deviceId = randomUUID();
    const sync = (records: unknown[]) =>
      scanner.agent.post('/api/attendance/sync').send({ deviceId, records }).expect(200);
    await coordinator
      .put(`/api/events/${ev.id}/door-staff`)
      .send({ userIds: [scanner.user.id] })
      .expect(200);

    const first = scan(s, token(0), { takenAt: at(2) });
    expect((await sync([first])).body.results[0].outcome).toBe('stored');
    const batch = [
      first,
      scan(s, token(0), { takenAt: at(7) }),
      scan(s, token(1), { takenAt: at(4) }),
      scan(s, token(1), { status: 'late', takenAt: at(9) }),
      scan(s, token(2), { takenAt: at(5) }),
    ];
    const { results } = (await sync(batch)).body as AttendanceSyncResult;
    expect(results.map((r) => [r.clientId, r.outcome, r.conflict])).toEqual([
      [batch[0].clientId, 'duplicate', null],
      [batch[1].clientId, 'unchanged', null],
      [batch[2].clientId, 'stored', null],
      [batch[3].clientId, 'conflict', 'two_devices'],
      [batch[4].clientId, 'stored', null],
    ]);
    // Every answer carries the record as it stands: the earliest scan of each person.
    expect(
      results.map((r) => [r.record?.participantId, r.record?.status, r.record?.takenAt]),
    ).toEqual([
      [crowd[0].participantId, 'present', at(2)],
      [crowd[0].participantId, 'present', at(2)],
      [crowd[1].participantId, 'present', at(4)],
      [crowd[1].participantId, 'present', at(4)],
      [crowd[2].participantId, 'present', at(5)],
    ]);
    expect(results[2].record?.takenBy).toEqual({
      id: scanner.user.id,
      fullName: scanner.user.fullName,
    });
    const again = (await sync(batch)).body as AttendanceSyncResult;
    expect(again.results.map((r) => r.outcome)).toEqual(Array(5).fill('duplicate'));
    const [counts] = await t.db.query(
      `SELECT (SELECT count(*)::int FROM attendance_records WHERE session_id = $1) AS records,
              (SELECT count(*)::int FROM attendance_submissions WHERE session_id = $1) AS submissions,
              (SELECT count(*)::int FROM audit_log
                WHERE entity_type = 'attendance_records' AND event_id = $2 AND action = 'insert'
                  AND actor_id = $3) AS audited`,
      [s.id, ev.id, scanner.user.id],
    );
    expect(counts).toEqual({ records: 3, submissions: 5, audited: 3 });
  });

  it('keeps each device’s scans as its own when one taker’s devices sync at the same moment', async () => {
    const {
      event: ev,
      sessions: [s],
    } = await eventWithSessions(coordinator, 1);
    const crowd = await approvedPeople(t, ev.id, 24);
    const badges = await badgesByRegistration(coordinator, ev.id);
    const scanner = await t.signIn(['door_staff']);
    await coordinator
      .put(`/api/events/${ev.id}/door-staff`)
      .send({ userIds: [scanner.user.id] })
      .expect(200);
    // Twelve devices of one account, two people each, all at once: they share batches.
    const devices = Array.from({ length: 12 }, (_, i) => ({
      deviceId: randomUUID(),
      records: crowd
        .slice(2 * i, 2 * i + 2)
        .map((p) => scan(s, badges.get(p.registrationId)!.token)),
    }));
    const answers = await Promise.all(
      devices.map((d) => scanner.agent.post('/api/attendance/sync').send(d)),
    );
    answers.forEach((res, i) => {
      expect(res.status).toBe(200);
      const { results } = res.body as AttendanceSyncResult;
      expect(results.map((r) => [r.clientId, r.outcome])).toEqual(
        devices[i].records.map((r) => [r.clientId, 'stored']),
      );
    });
    const rows: { client_id: string; records: string | null; submissions: string }[] =
      await t.db.query(
        `SELECT s.client_id, a.device_id AS records, s.device_id AS submissions
           FROM attendance_submissions s
           LEFT JOIN attendance_records a ON a.client_id = s.client_id
          WHERE s.session_id = $1`,
        [s.id],
      );
    const deviceOf = new Map<string, string>(
      devices.flatMap((d) => d.records.map((r) => [r.clientId, d.deviceId] as const)),
    );
    expect(rows).toHaveLength(24);
    for (const row of rows) {
      expect([row.records, row.submissions]).toEqual([
        deviceOf.get(row.client_id),
        deviceOf.get(row.client_id),
      ]);
    }
  });

  it('computes rates with the event’s late rule, and a trainer sees only their sessions', async () => {
    const { event: ev, sessions: ss } = await eventWithSessions(coordinator, 3, [
      [trainer.user.id],
    ]);
    const [a, b] = await approvedPeople(t, ev.id, 2);
    const mark = (s: Session, participantId: string, status: string) =>
      coordinator
        .put(`/api/events/${ev.id}/sessions/${s.id}/attendance`)
        .send({ records: [{ participantId, status }] })
        .expect(200);
    await mark(ss[0], a.participantId, 'present');
    await mark(ss[1], a.participantId, 'late');
    await mark(ss[0], b.participantId, 'absent');
    const rates = (await coordinator.get(`/api/events/${ev.id}/attendance/rates`).expect(200)).body;
    const rateOf = (body: typeof rates, id: string) =>
      body.participants.find((p: { participantId: string }) => p.participantId === id).rate;
    expect(rateOf(rates, a.participantId)).toEqual({ held: 3, attended: 2, rate: 2 / 3 });
    expect(rateOf(rates, b.participantId)).toEqual({ held: 3, attended: 0, rate: 0 });
    expect(rates.event).toEqual({ held: 3, attended: 1, rate: 1 / 3 });
    expect(rates.sessions[0]).toMatchObject({
      held: true,
      rate: 0.5,
      counts: { present: 1, absent: 1 },
    });
    await coordinator.patch(`/api/events/${ev.id}`).send({ lateCountsAs: 'half' }).expect(200);
    const half = (await coordinator.get(`/api/events/${ev.id}/attendance/rates`).expect(200)).body;
    expect(half.lateCountsAs).toBe('half');
    expect(rateOf(half, a.participantId)).toEqual({ held: 3, attended: 1.5, rate: 0.5 });
    const mine = (await trainer.agent.get(`/api/events/${ev.id}/attendance/rates`).expect(200))
      .body;
    expect(mine.sessions.map((s: { sessionId: string }) => s.sessionId)).toEqual([ss[0].id]);
    expect((await otherTrainer.agent.get(`/api/events/${ev.id}/attendance/rates`)).status).toBe(
      404,
    );
    expect((await door.agent.get(`/api/events/${ev.id}/attendance/rates`)).status).toBe(403);
  });

  it('lists the sessions each taker may reach', async () => {
    const ofTrainer = (await trainer.agent.get('/api/me/attendance-sessions').expect(200)).body;
    expect(ofTrainer.filter((s: { eventId: string }) => s.eventId === event.id)).toEqual([
      expect.objectContaining({ sessionId: sessions[0].id, role: 'speaker', scanOnly: false }),
    ]);
    const ofDoor = (await door.agent.get('/api/me/attendance-sessions').expect(200)).body;
    expect(ofDoor.map((s: { sessionId: string }) => s.sessionId).sort()).toEqual(
      sessions.map((s) => s.id).sort(),
    );
    expect(ofDoor.every((s: { scanOnly: boolean }) => s.scanOnly)).toBe(true);
    const participant = (await t.signIn(['participant'])).agent;
    expect((await participant.get('/api/me/attendance-sessions').expect(200)).body).toEqual([]);
    expect((await participant.get('/api/me/schedule').expect(200)).body).toEqual([]);
  });

  it('keeps both people’s attendance when they are merged, the better record where both have one', async () => {
    const { event: ev, sessions: ss } = await eventWithSessions(coordinator, 2);
    const other = await eventWithSessions(coordinator, 1);
    const [kept] = await approvedPeople(t, ev.id, 1);
    const [duplicate] = await approvedPeople(t, ev.id, 1);
    await t.db.query(
      `INSERT INTO registrations (event_id, participant_id, status, source) VALUES ($1, $2, 'approved', 'import')`,
      [other.event.id, duplicate.participantId],
    );
    const mark = (evId: string, s: Session, participantId: string, status: string) =>
      coordinator
        .put(`/api/events/${evId}/sessions/${s.id}/attendance`)
        .send({ records: [{ participantId, status }] })
        .expect(200);
    await mark(ev.id, ss[0], kept.participantId, 'late');
    await mark(ev.id, ss[0], duplicate.participantId, 'present');
    await mark(ev.id, ss[1], kept.participantId, 'present');
    await mark(ev.id, ss[1], duplicate.participantId, 'absent');
    await mark(other.event.id, other.sessions[0], duplicate.participantId, 'excused');
    const badges = await badgesByRegistration(coordinator, ev.id);
    const admin = (await t.signIn(['admin'])).agent;
    await admin
      .post(`/api/participants/${kept.participantId}/merge`)
      .send({ duplicateIds: [duplicate.participantId] })
      .expect(200);
    const rows: { session_id: string; status: string }[] = await t.db.query(
      'SELECT session_id, status FROM attendance_records WHERE participant_id = $1 ORDER BY status',
      [kept.participantId],
    );
    expect(new Map(rows.map((r) => [r.session_id, r.status]))).toEqual(
      new Map([
        [ss[0].id, 'present'],
        [ss[1].id, 'present'],
        [other.sessions[0].id, 'excused'],
      ]),
    );
    // Both were approved in the event: the dropped registration's printed badge is revoked.
    const revoked = await coordinator.get(`/api/events/${ev.id}/badges/revoked`).expect(200);
    expect(revoked.body.revokedBadgeIds).toEqual([badges.get(duplicate.registrationId)!.id]);
  });

  it('accepts a late sync on a completed event, and keeps a session with attendance from being deleted', async () => {
    const [s] = sessions;
    const del = await coordinator.delete(`/api/events/${event.id}/sessions/${s.id}`);
    expect(del.status).toBe(409);
    expect(del.body.code).toBe('session_has_attendance');
    await t.db.query(`UPDATE events SET status = 'completed' WHERE id = $1`, [event.id]);
    const badge = (await badgesByRegistration(coordinator, event.id)).get(
      people[3].registrationId,
    )!;
    const res = await coordinator
      .post('/api/attendance/sync')
      .send({ deviceId: randomUUID(), records: [scan(sessions[1], badge.token)] });
    expect(res.body.results[0].outcome).toBe('stored');
    await t.db.query(`UPDATE events SET status = 'archived' WHERE id = $1`, [event.id]);
    const closed = await coordinator
      .post('/api/attendance/sync')
      .send({ deviceId: randomUUID(), records: [scan(sessions[2], badge.token)] });
    expect(closed.body.results[0]).toMatchObject({ outcome: 'refused', conflict: 'not_allowed' });
    await t.db.query(`UPDATE events SET status = 'draft' WHERE id = $1`, [event.id]);
  });

  it('checks a participant in with the rotating code, the previous one as grace, never an older one', async () => {
    const {
      event: ev,
      sessions: [s],
    } = await eventWithSessions(coordinator, 1, [[trainer.user.id]]);
    const [a, b, c] = await approvedPeople(t, ev.id, 3);
    const accounts = await Promise.all([a, b, c].map(() => t.signIn(['participant'])));
    for (const [i, person] of [a, b, c].entries())
      await t.db.query('UPDATE participants SET user_id = $1 WHERE id = $2', [
        accounts[i].user.id,
        person.participantId,
      ]);
    const clock = t.app.get(Clock);
    const start = Date.parse(s.startsAt);
    const at = (ms: number) => jest.spyOn(clock, 'now').mockReturnValue(new Date(start + ms));
    try {
      at(300_000);
      const shown = await trainer.agent
        .get(`/api/events/${ev.id}/sessions/${s.id}/self-check-in`)
        .expect(200);
      expect(shown.body).toMatchObject({
        periodSeconds: 20,
        url: expect.stringContaining(`session=${s.id}`),
      });
      const code: string = shown.body.code;
      expect(code).toMatch(/^[2-9A-HJ-NP-Z]{6}$/);
      const checkIn = (i: number, body: Record<string, unknown>) =>
        accounts[i].agent.post('/api/me/check-ins').send(body);
      const first = await checkIn(0, { code, sessionId: s.id });
      expect(first.status).toBe(201);
      expect(first.body).toMatchObject({
        status: 'present',
        method: 'self',
        participantId: a.participantId,
      });
      at(325_000);
      const typed = await checkIn(1, { code: code.toLowerCase() });
      expect(typed.status).toBe(201);
      at(345_000);
      const stale = await checkIn(2, { code, sessionId: s.id });
      expect(stale.status).toBe(422);
      expect(stale.body.code).toBe('check_in_code_invalid');
      at(20 * 60_000);
      const fresh = (await trainer.agent.get(`/api/events/${ev.id}/sessions/${s.id}/self-check-in`))
        .body.code;
      const late = await checkIn(2, { code: fresh, sessionId: s.id });
      expect(late.body).toMatchObject({ status: 'late' });
      const outsider = (await t.signIn(['participant'])).agent;
      const refused = await outsider
        .post('/api/me/check-ins')
        .send({ code: fresh, sessionId: s.id });
      expect(refused.status).toBe(422);
      expect(refused.body.code).toBe('check_in_not_expected');
      const schedule = (await accounts[2].agent.get('/api/me/schedule').expect(200)).body;
      expect(schedule).toEqual([
        expect.objectContaining({
          sessionId: s.id,
          attendance: expect.objectContaining({ status: 'late' }),
        }),
      ]);
      expect(
        (await door.agent.get(`/api/events/${ev.id}/sessions/${s.id}/self-check-in`)).status,
      ).toBe(403);
    } finally {
      jest.restoreAllMocks();
    }
  });

  it('registers a walk-in at the door in one request, linking a known email without showing it', async () => {
    const {
      event: ev,
      sessions: [s],
    } = await eventWithSessions(coordinator, 1);
    const walkIn = {
      fullNameLatin: 'Hassan Ali',
      fullNameAr: 'حسن علي',
      gender: 'male',
      nationality: 'SO',
      sessionId: s.id,
    };
    const res = await coordinator.post(`/api/events/${ev.id}/walk-ins`).send(walkIn);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      fullNameLatin: 'Hassan Ali',
      attendance: { method: 'walk_in', status: expect.stringMatching(/present|late/) },
    });
    const [reg] = await t.db.query('SELECT status, source FROM registrations WHERE id = $1', [
      res.body.registrationId,
    ]);
    expect(reg).toEqual({ status: 'approved', source: 'walk_in' });
    const roster = (await coordinator.get(`/api/events/${ev.id}/sessions/${s.id}/roster`))
      .body as Roster;
    expect(roster.counts.expected).toBe(1);

    const elsewhere = (await t.signIn(['coordinator'])).agent;
    const theirs = await eventWithSessions(elsewhere, 1);
    const [known] = await t.db.query(
      `INSERT INTO participants (full_name_latin, gender, nationality, email) VALUES ('Real Name', 'female', 'KE', 'known@example.org') RETURNING id`,
    );
    const linked = await elsewhere.post(`/api/events/${theirs.event.id}/walk-ins`).send({
      fullNameLatin: 'Typed Name',
      gender: 'female',
      nationality: 'SO',
      email: 'known@example.org',
    });
    expect(linked.status).toBe(201);
    expect(linked.body).toMatchObject({
      participantId: known.id,
      fullNameLatin: 'Typed Name',
      nationality: 'SO',
    });
    expect((await door.agent.post(`/api/events/${ev.id}/walk-ins`).send(walkIn)).status).toBe(403);
  });

  it('exports the matrix and a sign-in sheet in the reader’s language, right to left in Arabic', async () => {
    const { event: ev, sessions: ss } = await eventWithSessions(coordinator, 2, [
      [trainer.user.id],
    ]);
    const [a] = await approvedPeople(t, ev.id, 2, (i) => ({ ar: `مشارك ${i}`, latin: `P ${i}` }));
    await coordinator
      .put(`/api/events/${ev.id}/sessions/${ss[0].id}/attendance`)
      .send({ records: [{ participantId: a.participantId, status: 'late' }] })
      .expect(200);
    const download = async (agent: Agent, query: Record<string, string>) => {
      const res = await agent
        .get(`/api/events/${ev.id}/attendance/export`)
        .query(query)
        .buffer(true)
        .parse(binary as never);
      if (res.status !== 200) return { status: res.status, sheet: null };
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(res.body as unknown as ArrayBuffer);
      return { status: res.status, sheet: book.worksheets[0] };
    };
    const matrix = await download(coordinator, { sheet: 'matrix', lang: 'ar' });
    expect(matrix.status).toBe(200);
    const sheet = matrix.sheet!;
    expect(sheet.views[0].rightToLeft).toBe(true);
    expect(String(sheet.getRow(1).getCell(1).value)).toMatch(/^الحضور/);
    const header = sheet.getRow(4).values as string[];
    expect(header).toContain('النسبة');
    const rowA = (sheet.getRow(5).values as string[]).slice(1);
    expect(rowA).toEqual(['1', 'مشارك 0', 'P 0', '', 'ت', '—', '50%']);
    const signIn = await download(trainer.agent, {
      sheet: 'sign-in',
      sessionId: ss[0].id,
      lang: 'en',
    });
    expect(signIn.status).toBe(200);
    expect(signIn.sheet!.views[0].rightToLeft).toBe(false);
    expect(signIn.sheet!.getRow(1).getCell(1).value).toBe('Sign-in sheet');
    const trainerMatrix = await download(trainer.agent, { sheet: 'matrix' });
    expect((trainerMatrix.sheet!.getRow(4).values as string[]).length).toBe(1 + 4 + 1 + 1);
    expect((await download(trainer.agent, { sheet: 'sign-in', sessionId: ss[1].id })).status).toBe(
      404,
    );
    expect((await download(coordinator, { sheet: 'sign-in' })).status).toBe(400);

    // The same tables as PDF, drawn by the documents engine: Arabic in reading order.
    const pdf = await coordinator
      .get(`/api/events/${ev.id}/attendance/export`)
      .query({ format: 'pdf', sheet: 'matrix', lang: 'ar' })
      .buffer(true)
      .parse(binary as never)
      .expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toContain('attendance-matrix.pdf');
    const text = normalise(new PdfFile(pdf.body as Buffer).text());
    expect(text).toContain('مشارك 0');
    expect(text).toContain('النسبة');
    const signInPdf = await trainer.agent
      .get(`/api/events/${ev.id}/attendance/export`)
      .query({ format: 'pdf', sheet: 'sign-in', sessionId: ss[0].id, lang: 'en' })
      .buffer(true)
      .parse(binary as never)
      .expect(200);
    expect(normalise(new PdfFile(signInPdf.body as Buffer).text())).toContain('Sign-in sheet');
  });

  it('makes one record when two devices scan one person at the same moment, and audits who took it', async () => {
    const {
      event: ev,
      sessions: [s],
    } = await eventWithSessions(coordinator, 1);
    const [person] = await approvedPeople(t, ev.id, 1);
    const token = (await badgesByRegistration(coordinator, ev.id)).get(
      person.registrationId,
    )!.token;
    const device = (status: string) =>
      door.agent
        .post('/api/attendance/sync')
        .send({ deviceId: randomUUID(), records: [scan(s, token, { status })] });
    await coordinator
      .put(`/api/events/${ev.id}/door-staff`)
      .send({ userIds: [door.user.id] })
      .expect(200);
    const answers = await Promise.all([device('present'), device('late'), device('present')]);
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    const outcomes = answers.map((a) => a.body.results[0].outcome).sort();
    expect(outcomes.filter((o: string) => o === 'stored')).toHaveLength(1);
    const rows: { taken_by_id: string }[] = await t.db.query(
      'SELECT taken_by_id FROM attendance_records WHERE session_id = $1',
      [s.id],
    );
    expect(rows).toEqual([{ taken_by_id: door.user.id }]);
    const [audit] = await t.db.query(
      `SELECT actor_id, event_id, participant_id FROM audit_log
        WHERE entity_type = 'attendance_records' AND participant_id = $1 AND action = 'insert'`,
      [person.participantId],
    );
    expect(audit).toEqual({
      actor_id: door.user.id,
      event_id: ev.id,
      participant_id: person.participantId,
    });
  });

  it('refuses to regenerate a programme whose sessions have attendance', async () => {
    const {
      event: ev,
      sessions: [s],
    } = await eventWithSessions(coordinator, 1);
    const [person] = await approvedPeople(t, ev.id, 1);
    await coordinator
      .put(`/api/events/${ev.id}/sessions/${s.id}/attendance`)
      .send({ records: [{ participantId: person.participantId, status: 'present' }] })
      .expect(200);
    const res = await coordinator
      .post(`/api/events/${ev.id}/sessions/generate`)
      .send({ room: 'Hall 9', replaceExisting: true });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('sessions_have_attendance');
  });
});
