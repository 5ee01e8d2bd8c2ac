import { describe, expect, it } from '@jest/globals';
import { DuplicateIndex, duplicateReasons, nameKeys } from './duplicates.js';

const person = (id: string, over: Partial<Parameters<typeof duplicateReasons>[0]> = {}) => ({
  id,
  email: null,
  phone: null,
  institutionId: 'inst-1',
  ...nameKeys('عبدالله محمد', 'Abdullahi Mohamed'),
  ...over,
});

describe('duplicate detection', () => {
  it('matches the same email or phone anywhere', () => {
    const a = person('a', { email: 'x@y.org', institutionId: null });
    expect(duplicateReasons(a, person('b', { email: 'x@y.org', institutionId: 'other' }))).toEqual([
      'email',
    ]);
    expect(
      duplicateReasons(
        person('a', { phone: '+252612345678' }),
        person('b', { phone: '+252612345678', institutionId: 'z' }),
      ),
    ).toEqual(['phone']);
  });

  it('matches Arabic names spelled differently in the same institution', () => {
    const a = person('a', nameKeys('عبد الله محمّد', ''));
    const b = person('b', nameKeys('عبد اللة محمد', ''));
    expect(duplicateReasons(a, b)).toEqual(['name']);
  });

  it('matches Latin names with case, accents and one typo in the same institution', () => {
    const a = person('a', nameKeys('', 'Abdullahi Mohamed'));
    expect(duplicateReasons(a, person('b', nameKeys('', 'ABDULLAHI MOHAMMED')))).toEqual(['name']);
    expect(duplicateReasons(a, person('c', nameKeys('', 'Abdullahi Mohamed')))).toEqual(['name']);
    expect(
      duplicateReasons(
        a,
        person('d', { ...nameKeys('', 'Abdullahi Mohamed'), institutionId: 'inst-2' }),
      ),
    ).toEqual([]);
    expect(duplicateReasons(a, person('e', nameKeys('', 'Fatima Warsame')))).toEqual([]);
  });

  it('indexes thousands of people and finds candidates without scanning everyone', () => {
    const index = new DuplicateIndex(
      Array.from({ length: 5000 }, (_, i) =>
        person(`p${i}`, {
          ...nameKeys('', `Person Number ${i}`),
          institutionId: `inst-${i % 50}`,
          email: `p${i}@x.org`,
        }),
      ),
    );
    expect(
      index.find(person('new', { email: 'p42@x.org', institutionId: null })).map((d) => d.match.id),
    ).toEqual(['p42']);
    expect(
      index
        .find(person('new', { ...nameKeys('', 'person number 7'), institutionId: 'inst-7' }))
        .map((d) => d.match.id),
    ).toContain('p7');
  });

  it('finds exactly what comparing every pair finds, for names with shared beginnings and edits anywhere', () => {
    // A small seeded generator, so a failure can be replayed.
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pick = <T>(from: ArrayLike<T>) => from[Math.floor(random() * from.length)]!;
    const letters = 'abdehikmnorstuwy ';
    const edit = (name: string) => {
      const at = Math.floor(random() * (name.length + 1));
      const kind = random();
      if (kind < 0.33) return name.slice(0, at) + pick(letters) + name.slice(at);
      if (kind < 0.66) return name.slice(0, at) + name.slice(at + 1);
      return name.slice(0, at) + pick(letters) + name.slice(at + 1);
    };
    const stems = ['mohamed ', 'abdullahi ', 'fatima ', 'a', ''];
    const names: string[] = [];
    for (let i = 0; i < 600; i++) {
      // About a third are near copies (one or two edits) of someone before them.
      if (i > 0 && random() < 0.3) {
        const copy = edit(names[Math.floor(random() * i)]!);
        names.push(random() < 0.5 ? edit(copy) : copy);
      } else {
        const rest = Array.from({ length: 1 + Math.floor(random() * 12) }, () => pick(letters));
        names.push(pick(stems) + rest.join(''));
      }
    }
    const people = names.map((latin, i) =>
      person(`p${i}`, { ...nameKeys('', latin), institutionId: `inst-${i % 3}` }),
    );
    const index = new DuplicateIndex(people);
    let matches = 0;
    for (const p of people) {
      const expected = people
        .filter((other) => other.id !== p.id && duplicateReasons(p, other).length > 0)
        .map((other) => other.id)
        .sort();
      const actual = index
        .find(p)
        .map((d) => d.match.id)
        .sort();
      expect(actual).toEqual(expected);
      matches += expected.length;
    }
    // The generator did plant near copies, so the comparison above was not vacuous.
    expect(matches).toBeGreaterThan(50);
  });
});
