import { describe, expect, it } from 'vitest';
import { formatDateRange, formatHijriDate, formatHijriDateRange } from './format';
import { eachDate, isoToZonedLocal, zonedLocalToIso } from './time-zone';

describe('event time zones', () => {
  it('reads a wall clock in the event zone and sends it with that zone’s offset', () => {
    expect(zonedLocalToIso('2020-01-10T09:00', 'Africa/Mogadishu')).toBe(
      '2020-01-10T09:00:00+03:00',
    );
    expect(zonedLocalToIso('2027-03-08T08:00', 'Africa/Niamey')).toBe('2027-03-08T08:00:00+01:00');
    // Daylight saving time is the zone's business, not the reader's.
    expect(zonedLocalToIso('2026-07-01T10:30', 'Europe/Paris')).toBe('2026-07-01T10:30:00+02:00');
    expect(zonedLocalToIso('2026-01-01T10:30', 'Europe/Paris')).toBe('2026-01-01T10:30:00+01:00');
    expect(zonedLocalToIso('2026-01-01T10:30', 'America/New_York')).toBe(
      '2026-01-01T10:30:00-05:00',
    );
    expect(zonedLocalToIso('', 'Africa/Mogadishu')).toBeNull();
  });

  it('shows an instant as the wall clock of the event zone, whatever the reader’s zone', () => {
    expect(isoToZonedLocal('2020-01-10T06:00:00.000Z', 'Africa/Mogadishu')).toBe(
      '2020-01-10T09:00',
    );
    expect(isoToZonedLocal('2020-01-10T23:30:00Z', 'Asia/Riyadh')).toBe('2020-01-11T02:30');
    expect(isoToZonedLocal(null, 'Asia/Riyadh')).toBe('');
  });

  it('lists every day of an event', () => {
    expect(eachDate('2020-01-12', '2020-01-16')).toEqual([
      '2020-01-12',
      '2020-01-13',
      '2020-01-14',
      '2020-01-15',
      '2020-01-16',
    ]);
    expect(eachDate('2020-02-28', '2020-03-01')).toEqual([
      '2020-02-28',
      '2020-02-29',
      '2020-03-01',
    ]);
  });
});

describe('Hijri (Umm al-Qura) dates', () => {
  it('formats a Gregorian calendar date in the Umm al-Qura calendar, in Arabic', () => {
    // 12 January 2020 = 17 Jumada al-Ula 1441.
    const hijri = formatHijriDate('2020-01-12');
    expect(hijri).toMatch(/جمادى الأولى/);
    expect(hijri).toMatch(/١٧|17/);
    expect(hijri).toMatch(/١٤٤١|1441/);
    expect(hijri).not.toMatch(/يناير/);
  });

  it('formats the event’s range in both calendars without shifting the days', () => {
    expect(formatDateRange('2020-01-12', '2020-01-16', 'en')).toMatch(/^January 12\s–\s16, 2020$/);
    const hijri = formatHijriDateRange('2020-01-12', '2020-01-16');
    expect(hijri).toMatch(/١٧|17/);
    expect(hijri).toMatch(/٢١|21/);
    expect(formatHijriDateRange('2020-01-12', '2020-01-12')).toBe(formatHijriDate('2020-01-12'));
  });
});
