import { describe, expect, it } from 'vitest';
import { countryParam, dateParam, idParam, oneOf, pageParam, textParam } from './search-params';

describe('URL search parameters', () => {
  it('keeps what a page can use and leaves out the rest', () => {
    expect(textParam('  amina  ')).toBe('amina');
    expect(textParam('   ')).toBeUndefined();
    expect(textParam('x'.repeat(300))).toHaveLength(200);
    expect(textParam(42)).toBeUndefined();
    expect(textParam('ab\u0000c')).toBeUndefined();
    expect(textParam('a\u202Eb')).toBeUndefined();
    expect(textParam('\u200B')).toBeUndefined();
    expect(textParam('عبدي \u200EAbdi')).toBe('عبدي \u200EAbdi');

    expect(pageParam('3')).toBe(3);
    expect(pageParam('1')).toBeUndefined();
    expect(pageParam('2.5')).toBeUndefined();
    expect(pageParam('-4')).toBeUndefined();

    expect(oneOf(['open', 'closed'] as const, 'open')).toBe('open');
    expect(oneOf(['open', 'closed'] as const, 'OPEN')).toBeUndefined();

    expect(countryParam('so')).toBe('SO');
    expect(countryParam('SOM')).toBeUndefined();

    expect(idParam('0f0c8d1e-1a2b-4c3d-8e9f-aabbccddeeff')).toBe(
      '0f0c8d1e-1a2b-4c3d-8e9f-aabbccddeeff',
    );
    expect(idParam('------------------------------------')).toBeUndefined();

    expect(dateParam('2020-01-12')).toBe('2020-01-12');
    expect(dateParam('12/01/2020')).toBeUndefined();
  });
});
