import { describe, expect, it } from '@jest/globals';
import { datesBetween, daysBetween, shiftDate, toInstant, toLocal } from './local-time.js';

describe('local time', () => {
  it('puts 09:00 in Mogadishu at 06:00Z', () => {
    expect(toInstant('2020-01-12', '09:00', 'Africa/Mogadishu').toISOString()).toBe(
      '2020-01-12T06:00:00.000Z',
    );
  });

  it('follows daylight saving time', () => {
    expect(toInstant('2026-07-01', '09:00', 'Europe/Paris').toISOString()).toBe(
      '2026-07-01T07:00:00.000Z',
    );
    expect(toInstant('2026-01-15', '09:00', 'Europe/Paris').toISOString()).toBe(
      '2026-01-15T08:00:00.000Z',
    );
  });

  it('reads an instant back as local date and time', () => {
    expect(toLocal(new Date('2020-01-12T21:30:00Z'), 'Africa/Mogadishu')).toEqual({
      date: '2020-01-13',
      time: '00:30',
    });
  });

  it('counts and shifts calendar dates', () => {
    expect(datesBetween('2020-01-12', '2020-01-16')).toEqual([
      '2020-01-12',
      '2020-01-13',
      '2020-01-14',
      '2020-01-15',
      '2020-01-16',
    ]);
    expect(shiftDate('2020-02-27', 3)).toBe('2020-03-01');
    expect(daysBetween('2020-01-12', '2020-03-01')).toBe(49);
  });
});
