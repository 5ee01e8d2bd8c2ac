interface Named {
  fullNameAr: string;
  fullNameLatin: string;
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

/** A person's name as the reader's script has it ('—' when there is none). */
export function nameFor(person: Named, lang: string): string {
  return namesFor(person, lang).main;
}
