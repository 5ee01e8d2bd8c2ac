import { describe, expect, it } from '@jest/globals';
import { formatDates } from './registration-flow.js';

/** ICU puts thin and narrow spaces around the dash; compare the words. */
const plain = (text: string) => text.replace(/\s+/g, ' ');

describe('event dates in emails', () => {
  const event = { startDate: '2020-01-12', endDate: '2020-01-16' };

  it('writes the Gregorian range in English and French', () => {
    expect(plain(formatDates(event, 'en'))).toBe('January 12 – 16, 2020');
    expect(plain(formatDates(event, 'fr'))).toBe('12–16 janvier 2020');
  });

  it('puts the Umm al-Qura range beside it in Arabic', () => {
    const text = formatDates(event, 'ar');
    expect(text).toMatch(/يناير/);
    // 12 January 2020 is 17 Jumada al-Ula 1441 in the Umm al-Qura calendar.
    expect(text).toMatch(/\(.*جمادى الأولى.*١٤٤١.*\)$/);
  });

  it('writes a one-day event as one date', () => {
    expect(plain(formatDates({ startDate: '2019-04-15', endDate: '2019-04-15' }, 'en'))).toBe(
      'April 15, 2019',
    );
  });
});
