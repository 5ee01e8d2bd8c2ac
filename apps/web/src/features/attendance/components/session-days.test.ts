import { describe, expect, it } from 'vitest';
import { splitByDay } from './session-days';

const session = (id: string, startsAt: string, timeZone = 'Africa/Mogadishu') => ({
  id,
  startsAt,
  endsAt: startsAt,
  timeZone,
});

describe('my sessions, today first', () => {
  // 22:30 UTC on 11 January is already 01:30 on the 12th in Mogadishu (UTC+3).
  const now = new Date('2020-01-11T22:30:00Z');

  it('reads "today" on the venue’s clock, not the reader’s', () => {
    const { today, upcoming, past } = splitByDay(
      [
        session('morning', '2020-01-12T06:00:00Z'),
        session('yesterday', '2020-01-11T10:00:00Z'),
        session('next', '2020-01-13T06:00:00Z'),
        session('paris', '2020-01-11T20:00:00Z', 'Europe/Paris'),
      ],
      now,
    );
    expect(today.map((s) => s.id)).toEqual(['paris', 'morning']);
    expect(upcoming.map((s) => s.id)).toEqual(['next']);
    expect(past.map((s) => s.id)).toEqual(['yesterday']);
  });

  it('orders today and upcoming by time, the past latest first', () => {
    const { today, past } = splitByDay(
      [
        session('b', '2020-01-12T10:00:00Z'),
        session('a', '2020-01-12T06:00:00Z'),
        session('old', '2020-01-09T06:00:00Z'),
        session('older', '2020-01-08T06:00:00Z'),
      ],
      now,
    );
    expect(today.map((s) => s.id)).toEqual(['a', 'b']);
    expect(past.map((s) => s.id)).toEqual(['old', 'older']);
  });
});
