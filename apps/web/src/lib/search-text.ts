/**
 * Folds a name so a search finds it however it was typed: Arabic hamza seats on alef (أ إ آ ٱ),
 * alef maqsura (ى) and ta marbuta (ة) written as their bare letters (ا ي ه), short vowels and
 * tatweel dropped; Latin case and accents folded ("Amélie" = "amelie").
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f\u064b-\u065f\u0670\u0640]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .toLocaleLowerCase('en')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether every word of the query starts a word of one of the names (in either script). */
export function matchesName(query: string, names: readonly string[]): boolean {
  const words = foldForSearch(query).split(' ').filter(Boolean);
  if (words.length === 0) return false;
  return names.some((name) => {
    const nameWords = foldForSearch(name).split(' ');
    return words.every((word) => nameWords.some((part) => part.startsWith(word)));
  });
}
