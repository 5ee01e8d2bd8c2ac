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
});
