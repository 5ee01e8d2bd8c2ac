import { describe, expect, it } from 'vitest';
import ar from './ar.json';
import en from './en.json';
import fr from './fr.json';

type Tree = { [key: string]: string | Tree };

/** Every leaf as `a.b.c`, with its value. */
function leaves(tree: Tree, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object') {
      for (const [k, v] of leaves(value, path)) out.set(k, v);
    } else out.set(path, value);
  }
  return out;
}

const locales = { ar, en, fr } as Record<string, Tree>;

describe('translation files', () => {
  const keys = Object.fromEntries(
    Object.entries(locales).map(([lang, tree]) => [lang, [...leaves(tree).keys()].sort()]),
  );

  it.each(['ar', 'fr'])('%s has exactly the keys of en', (lang) => {
    const missing = keys.en.filter((k) => !keys[lang].includes(k));
    const extra = keys[lang].filter((k) => !keys.en.includes(k));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it.each(Object.keys(locales))('%s has no empty or non-string values', (lang) => {
    const bad = [...leaves(locales[lang])].filter(
      ([, value]) => typeof value !== 'string' || value.trim() === '',
    );
    expect(bad).toEqual([]);
  });

  it.each(Object.keys(locales))('%s uses the same {{placeholders}} as en', (lang) => {
    const placeholders = (value: unknown) =>
      [...String(value).matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
    const en = leaves(locales.en);
    const mismatched = [...leaves(locales[lang])]
      .filter(
        ([key, value]) =>
          JSON.stringify(placeholders(value)) !== JSON.stringify(placeholders(en.get(key))),
      )
      .map(([key]) => key);
    expect(mismatched).toEqual([]);
  });
});
