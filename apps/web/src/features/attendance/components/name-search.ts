import { foldForSearch } from '../../../lib/search-text';

interface Named {
  fullNameAr: string;
  fullNameLatin: string;
}

/** The people whose name, in either script, contains every word typed (in any order). */
export function filterByName<T extends Named>(people: readonly T[], query: string): T[] {
  const words = foldForSearch(query).split(' ').filter(Boolean);
  if (words.length === 0) return [...people];
  return people.filter((person) => {
    const names = `${foldForSearch(person.fullNameAr)} ${foldForSearch(person.fullNameLatin)}`;
    return words.every((word) => names.includes(word));
  });
}
