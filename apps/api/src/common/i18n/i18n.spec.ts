import { describe, expect, it } from '@jest/globals';
import { negotiateLanguage, translator } from './i18n.js';

describe('negotiateLanguage', () => {
  it.each([
    ['ar-SA,ar;q=0.9,en;q=0.8', undefined, 'ar'],
    ['de-DE,fr;q=0.7,en;q=0.5', undefined, 'fr'],
    ['en;q=0.2,fr;q=0.9', undefined, 'fr'],
    ['de-DE', 'ar', 'ar'],
    [undefined, 'fr', 'fr'],
    [undefined, undefined, 'en'],
    ['*', undefined, 'en'],
  ] as const)('%s with preference %s -> %s', (header, preferred, expected) => {
    expect(negotiateLanguage(header, preferred)).toBe(expected);
  });
});

describe('translator', () => {
  it('fills placeholders in each language', () => {
    expect(translator('en')('errors.email_taken', { email: 'a@b.org' })).toBe(
      'A user with the email a@b.org already exists.',
    );
    expect(translator('ar')('validation.too_long', { maximum: 200 })).toBe(
      'أدخل 200 حرفًا على الأكثر.',
    );
  });
});
