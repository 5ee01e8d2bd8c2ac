import { describe, expect, it } from '@jest/globals';
import { normalizeName } from './text.js';

describe('normalizeName', () => {
  it('ignores case, accents, punctuation and spacing in Latin names', () => {
    expect(normalizeName('  Ministère de la Défense ')).toBe(
      normalizeName('ministere de la defense'),
    );
    expect(normalizeName('Ministry of Information & Culture')).toBe(
      'ministry of information culture',
    );
  });

  it('folds Arabic spelling variants', () => {
    expect(normalizeName('وزارة الإعلام')).toBe(normalizeName('وزاره الاعلام'));
    expect(normalizeName('مُصْطَفَى')).toBe(normalizeName('مصطفي'));
    expect(normalizeName('آمنة')).toBe(normalizeName('امنه'));
  });

  it('keeps different names apart', () => {
    expect(normalizeName('وزارة الدفاع')).not.toBe(normalizeName('وزارة الإعلام'));
  });
});
