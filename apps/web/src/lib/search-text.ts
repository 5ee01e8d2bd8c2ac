/** Arabic vowels, Quranic marks and tatweel; Latin accents are the other combining marks. */
const ARABIC_MARKS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g;
const COMBINING_MARKS = /\p{M}/gu;

/**
 * Folds a name so a search finds it however it was typed (at the door, on a phone, often
 * without the hamza or the dots the registry has): hamza seats (أ إ آ ٱ ؤ ئ), alef maqsura (ى)
 * and ta marbuta (ة) written as their bare letters, short vowels and tatweel dropped; Latin
 * case and accents folded ("Amélie" = "amelie").
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(ARABIC_MARKS, '')
    .replace(COMBINING_MARKS, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ي')
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
