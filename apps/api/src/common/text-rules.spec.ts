import { describe, expect, it } from '@jest/globals';
import { multiLineText, singleLineText, textProblem } from '@multaqa/contract';

/** The contract's text rules (packages/contract/src/text.ts), character by character. */
describe('text rules', () => {
  it.each([
    ['a\u0000b', 'validation.text_control'],
    ['a\u007Fb', 'validation.text_control'],
    ['a\u0085b', 'validation.text_control'],
    ['a\u009Bb', 'validation.text_control'],
    ['a\nb', 'validation.text_line_break'],
    ['a\rb', 'validation.text_line_break'],
    ['a\tb', 'validation.text_line_break'],
    ['a\u2028b', 'validation.text_line_break'],
    ['\u202Bab', 'validation.text_bidi'],
    ['a\u2069', 'validation.text_bidi'],
    ['\u200B', 'validation.text_invisible'],
    ['\u00A0\u2060\u00AD', 'validation.text_invisible'],
    ['\u3164', 'validation.text_invisible'],
    ['\u200F', 'validation.text_invisible'],
  ])('single-line refuses %j', (value, problem) => {
    expect(textProblem(value, false)).toBe(problem);
  });

  it('accepts names in any script, and the direction marks around Latin in Arabic', () => {
    for (const name of ['Aïcha N’Diaye', 'عبدي \u200EAbdi\u200F', 'محمد\u061C 2', '', 'Zoë-Ann'])
      expect(textProblem(name, false)).toBeNull();
  });

  it('keeps line breaks and tabs in multi-line text, and stores \\r\\n and \\r as \\n', () => {
    expect(multiLineText().parse('  one\r\ntwo\rthree\n\tfour  ')).toBe('one\ntwo\nthree\n\tfour');
    expect(textProblem('one\u2029two', true)).toBe('validation.text_control');
    expect(textProblem('one\u0000', true)).toBe('validation.text_control');
  });

  it('trims first, so spaces alone are an empty value rather than an invisible one', () => {
    expect(singleLineText().parse('   ')).toBe('');
    expect(singleLineText().min(1).safeParse('   ').success).toBe(false);
  });
});
