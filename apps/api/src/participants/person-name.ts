import type { Language } from '@multaqa/contract';

interface Named {
  fullNameAr: string;
  fullNameLatin: string;
}

/**
 * How a message addresses a person: the name in the script of its language (Arabic for ar,
 * Latin for en and fr), the other one when that is empty.
 */
export const personName = (p: Named, lang: Language): string =>
  (lang === 'ar' ? p.fullNameAr : p.fullNameLatin) || p.fullNameLatin || p.fullNameAr;
