/** Makes user text match literally inside LIKE/ILIKE patterns. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

/**
 * A sort key for a localized jsonb column: the reader's language, falling back to the others,
 * so a row with only an Arabic title still sorts among the rest. `lang` is one of three
 * validated codes, never user text.
 */
export function localizedSortKey(column: string, lang: 'ar' | 'en' | 'fr'): string {
  return `lower(COALESCE(NULLIF(${column}->>'${lang}', ''), ${column}->>'en', ${column}->>'fr', ${column}->>'ar'))`;
}
