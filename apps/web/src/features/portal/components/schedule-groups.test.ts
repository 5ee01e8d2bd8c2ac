import { describe, expect, it } from 'vitest';
import { attendanceShown, groupSchedule, type ScheduleSession } from './schedule-groups';

const EVENT_A = '00000000-0000-4000-8000-00000000000a';
const EVENT_B = '00000000-0000-4000-8000-00000000000b';

function session(id: string, over: Partial<ScheduleSession>): ScheduleSession {
  return {
    eventId: EVENT_A,
    eventTitle: { en: 'A' },
    timeZone: 'Africa/Mogadishu',
    sessionId: `00000000-0000-4000-8000-0000000000${id}`,
    title: { en: id },
    room: '',
    startsAt: '2026-01-10T06:00:00.000Z',
    endsAt: '2026-01-10T09:00:00.000Z',
    attendance: null,
    ...over,
  };
}

describe('groupSchedule', () => {
  it('groups by event, then by the day on the event clock', () => {
    const groups = groupSchedule([
      // 22:30 UTC on the 10th is 01:30 on the 11th in Mogadishu (UTC+3).
      session('03', { startsAt: '2026-01-10T22:30:00.000Z', endsAt: '2026-01-10T23:30:00.000Z' }),
      session('01', {}),
      session('02', { startsAt: '2026-01-10T10:00:00.000Z', endsAt: '2026-01-10T12:00:00.000Z' }),
      session('04', {
        eventId: EVENT_B,
        timeZone: 'UTC',
        startsAt: '2026-01-09T10:00:00.000Z',
        endsAt: '2026-01-09T11:00:00.000Z',
      }),
    ]);
    expect(groups.map((g) => g.eventId)).toEqual([EVENT_B, EVENT_A]);
    const a = groups[1];
    expect(a.days.map((d) => d.date)).toEqual(['2026-01-10', '2026-01-11']);
    expect(a.days[0].sessions.map((s) => s.title.en)).toEqual(['01', '02']);
  });
});

describe('attendanceShown', () => {
  const now = Date.parse('2026-01-10T10:00:00.000Z');
  it('shows the record when there is one', () => {
    const s = session('01', { attendance: { status: 'late', takenAt: '2026-01-10T06:20:00Z' } });
    expect(attendanceShown(s, now)).toBe('late');
  });
  it('tells a session still to come from one that passed without a record', () => {
    expect(attendanceShown(session('01', {}), now)).toBe('notRecorded');
    expect(attendanceShown(session('02', { endsAt: '2026-01-10T12:00:00.000Z' }), now)).toBe(
      'notYet',
    );
  });
});
