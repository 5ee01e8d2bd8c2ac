/**
 * Names are typed at the door on phones, often without the hamza or the dots the registry has:
 * "احمد" must find "أحمد", "فاطمه" find "فاطمة", "Zainab" find "Zaïnab". Both the name and what
 * is typed are folded the same way before comparing.
 */
const ARABIC_MARKS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g;
const LATIN_MARKS = /\p{M}/gu;

export function foldName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(ARABIC_MARKS, '')
    .replace(LATIN_MARKS, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ي')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

interface Named {
  fullNameAr: string;
  fullNameLatin: string;
}

/** The people whose name, in either script, contains every word typed (in any order). */
export function filterByName<T extends Named>(people: readonly T[], query: string): T[] {
  const words = foldName(query).split(' ').filter(Boolean);
  if (words.length === 0) return [...people];
  return people.filter((person) => {
    const names = `${foldName(person.fullNameAr)} ${foldName(person.fullNameLatin)}`;
    return words.every((word) => names.includes(word));
  });
}

/** The name in the reader's script first, the other one beside it when it differs. */
export function namesFor(person: Named, lang: string): { main: string; other: string | null } {
  const main =
    (lang === 'ar'
      ? person.fullNameAr || person.fullNameLatin
      : person.fullNameLatin || person.fullNameAr) || '—';
  const other = lang === 'ar' ? person.fullNameLatin : person.fullNameAr;
  return { main, other: other && other !== main ? other : null };
}
