import { describe, expect, it } from '@jest/globals';
import { planSessions } from './schedule-plan.js';

const day = { dayStart: '09:00', breakStart: '12:00', breakEnd: '13:00', dayEnd: '16:00' };
const mod = (id: string, hours: number) => ({ id, title: { en: id }, hours });

describe('planSessions', () => {
  it('fits 30 hours of five modules into five six-hour days exactly', () => {
    const days = ['2020-01-12', '2020-01-13', '2020-01-14', '2020-01-15', '2020-01-16'];
    const { sessions, unplacedMinutes } = planSessions(
      [mod('a', 4), mod('b', 6), mod('c', 8), mod('d', 6), mod('e', 6)],
      days,
      day,
    );
    expect(unplacedMinutes).toBe(0);
    expect(sessions.slice(0, 3)).toEqual([
      {
        moduleId: 'a',
        title: { en: 'a' },
        date: '2020-01-12',
        startTime: '09:00',
        endTime: '12:00',
      },
      {
        moduleId: 'a',
        title: { en: 'a' },
        date: '2020-01-12',
        startTime: '13:00',
        endTime: '14:00',
      },
      {
        moduleId: 'b',
        title: { en: 'b' },
        date: '2020-01-12',
        startTime: '14:00',
        endTime: '16:00',
      },
    ]);
    expect(sessions.at(-1)).toMatchObject({ moduleId: 'e', date: '2020-01-16', endTime: '16:00' });
    const perModule = (id: string) =>
      sessions
        .filter((s) => s.moduleId === id)
        .reduce(
          (sum, s) =>
            sum +
            (Number(s.endTime.slice(0, 2)) * 60 +
              Number(s.endTime.slice(3)) -
              Number(s.startTime.slice(0, 2)) * 60 -
              Number(s.startTime.slice(3))),
          0,
        );
    expect(['a', 'b', 'c', 'd', 'e'].map(perModule)).toEqual([240, 360, 480, 360, 360]);
  });

  it('reports the minutes that do not fit', () => {
    const { sessions, unplacedMinutes } = planSessions([mod('a', 7.5)], ['2020-01-12'], day);
    expect(sessions).toHaveLength(2);
    expect(unplacedMinutes).toBe(90);
  });

  it('handles half hours', () => {
    const { sessions } = planSessions([mod('a', 1.5), mod('b', 0.5)], ['2020-01-12'], day);
    expect(sessions.map((s) => `${s.startTime}-${s.endTime}`)).toEqual([
      '09:00-10:30',
      '10:30-11:00',
    ]);
  });
});
