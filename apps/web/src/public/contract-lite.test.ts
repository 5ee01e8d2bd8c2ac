import * as contract from '@multaqa/contract';
import { describe, expect, it } from 'vitest';
import * as lite from './contract-lite';

describe('contract-lite (the public pages’ zod-free contract)', () => {
  it('lists the languages the contract lists', () => {
    expect(lite.LANGUAGES).toEqual(contract.LANGUAGES);
  });

  it('picks a text’s language as the contract does', () => {
    const texts = [{ ar: 'أ', en: 'E' }, { fr: 'F' }, { en: '', fr: 'F' }, {}, null, undefined];
    for (const text of texts)
      for (const lang of contract.LANGUAGES)
        expect(lite.pickLocalized(text, lang)).toBe(contract.pickLocalized(text, lang));
  });

  it('finds the same problems in a text as the contract', () => {
    const texts = [
      '',
      'Halima',
      'a\tb',
      'a\nb',
      'a\u0000b',
      'a\u0085b',
      'a\u2028b',
      'a\u202Eb',
      'a\u2067b',
      ' \u200B ',
      '\u3164',
      'مقديشو\u200F',
      'x\u061Cy',
    ];
    for (const text of texts)
      for (const multiLine of [false, true])
        expect(lite.textProblem(text, multiLine), JSON.stringify(text)).toBe(
          contract.textProblem(text, multiLine),
        );
  });

  it('exports only what the contract exports, with the same values', () => {
    for (const [name, value] of Object.entries(lite)) {
      const original: unknown = contract[name as keyof typeof contract];
      expect(typeof value, name).toBe(typeof original);
      if (typeof value !== 'function') expect(value, name).toEqual(original);
    }
  });
});
