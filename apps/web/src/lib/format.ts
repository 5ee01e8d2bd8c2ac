import type { Language } from '@multaqa/contract';

/** Dates follow the reader's language (Arabic digits and month names for `ar`). */
export function formatDate(iso: string, lang: Language): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium' }).format(new Date(iso));
}

export function formatDateTime(iso: string, lang: Language): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  );
}

export function formatHours(hours: number, lang: Language): string {
  return new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(hours);
}
