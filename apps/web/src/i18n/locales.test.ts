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

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** A plural key's forms (`hours_one`, `hours_other`…) count as one key, `hours`. */
function baseKeys(lang: string): string[] {
  return [
    ...new Set([...leaves(locales[lang]).keys()].map((k) => k.replace(PLURAL_SUFFIX, ''))),
  ].sort();
}

function placeholders(value: unknown): string[] {
  return [...String(value).matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
}

describe('translation files', () => {
  it.each(['ar', 'fr'])('%s has exactly the keys of en', (lang) => {
    const en = baseKeys('en');
    const mine = baseKeys(lang);
    const missing = en.filter((k) => !mine.includes(k));
    const extra = mine.filter((k) => !en.includes(k));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it.each(Object.keys(locales))('%s has no empty or non-string values', (lang) => {
    const bad = [...leaves(locales[lang])].filter(
      ([, value]) => typeof value !== 'string' || value.trim() === '',
    );
    expect(bad).toEqual([]);
  });

  it.each(Object.keys(locales))(
    '%s gives every plural key exactly the forms its language has',
    (lang) => {
      const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories.sort();
      const forms = new Map<string, string[]>();
      for (const key of leaves(locales[lang]).keys()) {
        const match = PLURAL_SUFFIX.exec(key);
        if (!match) continue;
        const base = key.slice(0, match.index);
        forms.set(base, [...(forms.get(base) ?? []), match[1]]);
      }
      const wrong = [...forms].filter(([, found]) => found.sort().join() !== categories.join());
      expect(wrong).toEqual([]);
    },
  );

  it.each(Object.keys(locales))('%s uses the same {{placeholders}} as en', (lang) => {
    const en = leaves(locales.en);
    const mismatched = [...leaves(locales[lang])]
      .filter(([key, value]) => {
        const match = PLURAL_SUFFIX.exec(key);
        if (!match)
          return JSON.stringify(placeholders(value)) !== JSON.stringify(placeholders(en.get(key)));
        // A plural form may spell its number out ("ساعتان"), so it may drop a placeholder, never add one.
        const expected = placeholders(en.get(`${key.slice(0, match.index)}_other`));
        const mine = placeholders(value);
        return match[1] === 'other'
          ? JSON.stringify(mine) !== JSON.stringify(expected)
          : mine.some((p) => !expected.includes(p));
      })
      .map(([key]) => key);
    expect(mismatched).toEqual([]);
  });
});
