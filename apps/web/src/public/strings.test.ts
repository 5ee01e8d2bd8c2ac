import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keysUsed, keysUsedUnder, pickStrings } from '../../build/public-strings';
import ar from '../i18n/ar.json';
import en from '../i18n/en.json';
import fr from '../i18n/fr.json';

describe('the public pages’ strings (build/public-strings.ts)', () => {
  it('finds the keys a source asks for, and the prefixes of keys built from values', () => {
    expect(
      keysUsed("t('a.b'); i18n.t('c'); format('x'); t(`events.status.${s}`); t( 'd.e', {})"),
    ).toEqual({ keys: ['a.b', 'c', 'd.e'], prefixes: ['events.status.'] });
  });

  it('keeps the keys used, their plural forms and everything under a prefix', () => {
    const strings = {
      a: { b: 'B', c: 'C', n_one: 'one', n_other: 'other' },
      s: { x: 'X', y: 'Y' },
    };
    expect(pickStrings(strings, { keys: ['a.b', 'a.n'], prefixes: ['s.'] }, 'xx')).toEqual({
      a: { b: 'B', n_one: 'one', n_other: 'other' },
      s: { x: 'X', y: 'Y' },
    });
  });

  it('fails on a key the language lacks, so a typo does not reach a page', () => {
    expect(() => pickStrings({ a: { b: 'B' } }, { keys: ['a.c'], prefixes: [] }, 'xx')).toThrow(
      /"a\.c" is not in xx\.json/,
    );
  });

  it('has every key the public pages use in the three languages', () => {
    const used = keysUsedUnder(join(import.meta.dirname));
    expect(used.keys).toContain('register.fields.fullNameAr');
    for (const strings of [ar, en, fr]) expect(() => pickStrings(strings, used, 'x')).not.toThrow();
  });
});
