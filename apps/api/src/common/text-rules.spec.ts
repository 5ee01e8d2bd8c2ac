import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import * as contract from '@multaqa/contract';
import { hasTextRules, multiLineText, singleLineText, textProblem } from '@multaqa/contract';
import { z } from 'zod';

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

/** Paths of the string fields in a schema that neither follow the text rules nor have a format. */
function bareStrings(schema: z.ZodType, path: string): string[] {
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  const walk = (inner: unknown, at = path) => bareStrings(inner as z.ZodType, at);
  switch (def.type) {
    case 'string': {
      const checks = (def.checks ?? []) as { _zod: { def: { check: string } } }[];
      const shaped = !!def.format || checks.some((c) => c._zod.def.check === 'string_format');
      return shaped || hasTextRules(schema as z.ZodString) ? [] : [path];
    }
    case 'object':
      return Object.entries(def.shape as Record<string, z.ZodType>).flatMap(([key, field]) =>
        walk(field, path ? `${path}.${key}` : key),
      );
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
      return walk(def.innerType);
    case 'array':
      return walk(def.element, `${path}[]`);
    case 'record':
      return [...walk(def.keyType, `${path}{key}`), ...walk(def.valueType, `${path}{}`)];
    case 'union':
      return (def.options as z.ZodType[]).flatMap((option) => walk(option));
    case 'pipe': {
      // A transform between two strings (the phone number): one checked side is enough.
      const sides = [walk(def.in), walk(def.out)];
      return sides.some((side) => side.length === 0) ? [] : sides.flat();
    }
    default:
      return [];
  }
}

describe('every request schema', () => {
  const openapi = JSON.parse(
    readFileSync(new URL('../../../../packages/contract/openapi.json', import.meta.url), 'utf8'),
  ) as { paths: Record<string, Record<string, { requestBody?: unknown }>> };
  const bodies = Object.values(openapi.paths).flatMap((ops) =>
    Object.values(ops).map((op) => op.requestBody),
  );
  const bodyIds = new Set(
    [...JSON.stringify(bodies).matchAll(/"#\/components\/schemas\/(\w+)"/g)].map((m) => m[1]),
  );
  const schemas = Object.entries(contract).filter(
    ([name, value]) =>
      value instanceof z.ZodType &&
      (name.endsWith('QuerySchema') || bodyIds.has(String(value.meta()?.id))),
  ) as [string, z.ZodType][];

  it('finds the request bodies and the list queries', () => {
    const names = schemas.map(([name]) => name);
    expect(names).toEqual(
      expect.arrayContaining([
        'createEventSchema',
        'publicRegistrationSchema',
        'listPublicEventsQuerySchema',
        'staffQuerySchema',
      ]),
    );
  });

  it('uses the text builders for every text field (passwords apart: only ever hashed)', () => {
    const bare = schemas.flatMap(([name, schema]) =>
      bareStrings(schema, '').map((path) => `${name}: ${path}`),
    );
    expect(bare.filter((entry) => !/[ .]password$/.test(entry))).toEqual([]);
    // The walk does see bare strings: the passwords are the ones left.
    expect(bare).toEqual(
      expect.arrayContaining(['loginSchema: password', 'createUserSchema: password']),
    );
  });
});
