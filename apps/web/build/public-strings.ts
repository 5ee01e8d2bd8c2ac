import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

type Tree = { [key: string]: string | Tree };

/** `t('a.b')` and `t(`a.b.${x}`)` in a source file: exact keys, and prefixes of keys. */
export function keysUsed(source: string): { keys: string[]; prefixes: string[] } {
  const keys = [...source.matchAll(/(?<![\w$])t\(\s*'([^']+)'/g)].map((m) => m[1]);
  const prefixes = [...source.matchAll(/(?<![\w$])t\(\s*`([^`$]*)\$\{/g)].map((m) => m[1]);
  return { keys, prefixes };
}

function flatten(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [[prefix + key, value] as [string, string]]
      : flatten(value, `${prefix}${key}.`),
  );
}

function unflatten(entries: [string, string][]): Tree {
  const tree: Tree = {};
  for (const [path, value] of entries) {
    const parts = path.split('.');
    let node = tree;
    for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Tree;
    node[parts[parts.length - 1]] = value;
  }
  return tree;
}

/**
 * The strings of a language that the given keys and prefixes use: a key with its plural forms
 * (`key_one`, `key_other`…), every key under a prefix. A key the language lacks is an error, so
 * a typo fails the build instead of showing the key on a page.
 */
export function pickStrings(
  strings: Tree,
  used: { keys: string[]; prefixes: string[] },
  lang: string,
): Tree {
  const all = flatten(strings);
  const picked = all.filter(
    ([path]) =>
      used.prefixes.some((prefix) => path.startsWith(prefix)) ||
      used.keys.some(
        (key) =>
          path === key || (path.startsWith(`${key}_`) && !path.slice(key.length + 1).includes('.')),
      ),
  );
  for (const key of used.keys) {
    if (!picked.some(([path]) => path === key || path.startsWith(`${key}_`)))
      throw new Error(`public strings: "${key}" is not in ${lang}.json`);
  }
  return unflatten(picked);
}

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) yield path;
  }
}

/** What every source file under `dir` asks i18next for. */
export function keysUsedUnder(dir: string): { keys: string[]; prefixes: string[] } {
  const found = [...sourceFiles(dir)].map((file) => keysUsed(readFileSync(file, 'utf8')));
  return {
    keys: [...new Set(found.flatMap((f) => f.keys))],
    prefixes: [...new Set(found.flatMap((f) => f.prefixes))],
  };
}
