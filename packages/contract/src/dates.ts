import type { Language } from './common.js';

/**
 * Calendar dates as people read them, for the API's emails and documents and the web app alike,
 * so a date is never written two ways. A calendar date (`YYYY-MM-DD`, already local to the
 * event) is read at noon UTC, so the day never shifts with the reader's own zone.
 */

/** The Hijri (Umm al-Qura) calendar, in Arabic, named explicitly (plain `ar-SA` is Gregorian). */
export const HIJRI_LOCALE = 'ar-SA-u-ca-islamic-umalqura';

const calendarDate = (date: string) => new Date(`${date}T12:00:00Z`);

/** Building an Intl formatter costs far more than using one (the Hijri one most): made once. */
const formats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: string, style: 'long' | 'full'): Intl.DateTimeFormat {
  const key = `${locale}|${style}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: style, timeZone: 'UTC' });
    formats.set(key, format);
  }
  return format;
}

/** `2020-01-12` → "12 January 2020" in the reader's language. */
export function formatCalendarDate(
  date: string,
  lang: Language,
  style: 'long' | 'full' = 'long',
): string {
  return dateFormat(lang, style).format(calendarDate(date));
}

/** `2020-01-12` → "١٧ جمادى الأولى ١٤٤١ هـ" (Umm al-Qura). */
export function formatHijriDate(date: string): string {
  return dateFormat(HIJRI_LOCALE, 'long').format(calendarDate(date));
}

function range(locale: string, startDate: string, endDate: string): string {
  const format = dateFormat(locale, 'long');
  return startDate === endDate
    ? format.format(calendarDate(startDate))
    : format.formatRange(calendarDate(startDate), calendarDate(endDate));
}

/** A range of calendar dates, e.g. "12–16 January 2020"; one date when both are the same. */
export function formatDateRange(startDate: string, endDate: string, lang: Language): string {
  return range(lang, startDate, endDate);
}

/** The same range in the Hijri (Umm al-Qura) calendar, in Arabic. */
export function formatHijriDateRange(startDate: string, endDate: string): string {
  return range(HIJRI_LOCALE, startDate, endDate);
}

/** Gregorian in the reader's language, with the Hijri range beside it in Arabic. */
export function formatEventDates(startDate: string, endDate: string, lang: Language): string {
  const gregorian = formatDateRange(startDate, endDate, lang);
  return lang === 'ar' ? `${gregorian} (${formatHijriDateRange(startDate, endDate)})` : gregorian;
}

/** One calendar date in the reader's language, with the Hijri date beside it in Arabic. */
export function formatDateWithHijri(date: string, lang: Language): string {
  const gregorian = formatCalendarDate(date, lang);
  return lang === 'ar' ? `${gregorian} (${formatHijriDate(date)})` : gregorian;
}
