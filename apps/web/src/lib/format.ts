import type { Language } from '@multaqa/contract';

/**
 * Building an Intl formatter costs far more than using one (an Arabic one with a time zone
 * most): each is made once per language and options. A public event page formats every session
 * of its programme, which cost a phone hundreds of milliseconds when each made its own.
 */
const formatters = new Map<string, unknown>();
function cached<T>(kind: string, lang: string, options: object, make: () => T): T {
  const key = `${kind}|${lang}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}

/** A DateTimeFormat, made once per language and options. */
export function dateTimeFormat(lang: string, options: Intl.DateTimeFormatOptions) {
  return cached('date', lang, options, () => new Intl.DateTimeFormat(lang, options));
}

/** A ListFormat ("a, b and c"), made once per language. */
export function listFormat(lang: string) {
  return cached('list', lang, {}, () => new Intl.ListFormat(lang));
}

function displayNames(lang: string, type: 'region' | 'language') {
  return cached('names', lang, { type }, () => new Intl.DisplayNames(lang, { type }));
}

/** Dates follow the reader's language (Arabic digits and month names for `ar`). */
export function formatDate(iso: string, lang: Language): string {
  return dateTimeFormat(lang, { dateStyle: 'medium' }).format(new Date(iso));
}

export function formatDateTime(iso: string, lang: Language): string {
  return dateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

export function formatHours(hours: number, lang: Language): string {
  return new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(hours);
}

export {
  formatCalendarDate,
  formatDateRange,
  formatHijriDate,
  formatHijriDateRange,
  HIJRI_LOCALE,
} from '@multaqa/contract';

/** A calendar date read at noon UTC, so the day never shifts with the reader's own zone. */
function calendarDate(date: string): Date {
  return new Date(`${date}T12:00:00Z`);
}

/** A day heading for a timetable column: "Sunday 12 January". */
export function formatDayHeading(date: string, lang: Language): string {
  return dateTimeFormat(lang, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(calendarDate(date));
}

/** An instant as date and time on the wall clock of `timeZone`. */
export function formatDateTimeInZone(iso: string, lang: Language, timeZone: string): string {
  return dateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(
    new Date(iso),
  );
}

/** The time range of two instants on the wall clock of `timeZone`: "09:00–12:00". */
export function formatTimeRangeInZone(
  startsAt: string,
  endsAt: string,
  lang: Language,
  timeZone: string,
): string {
  return dateTimeFormat(lang, { timeStyle: 'short', timeZone }).formatRange(
    new Date(startsAt),
    new Date(endsAt),
  );
}

/** A local `HH:MM` of a calendar date (already in the event's zone) in the reader's language. */
export function formatLocalTime(time: string, lang: Language): string {
  return dateTimeFormat(lang, { timeStyle: 'short', timeZone: 'UTC' }).format(
    new Date(`1970-01-01T${time}:00Z`),
  );
}

/** A country's name in the reader's language, from its ISO code (no request needed). */
export function formatCountry(code: string, lang: Language): string {
  try {
    return displayNames(lang, 'region').of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * A zone as people know it, in the reader's language, with its offset and the standard's name:
 * "توقيت شرق أفريقيا · GMT+03:00 · Africa/Mogadishu".
 */
export function formatTimeZone(timeZone: string, lang: Language): string {
  try {
    const part = (timeZoneName: 'longGeneric' | 'longOffset') =>
      dateTimeFormat(lang, { timeZone, timeZoneName })
        .formatToParts(new Date())
        .find((p) => p.type === 'timeZoneName')?.value;
    const generic = part('longGeneric');
    const offset = part('longOffset');
    // A zone without a name of its own is called by its offset; say it once. Each part is
    // isolated so an Arabic name does not drag the "+03:00" of the next one out of order.
    return [generic !== offset ? generic : undefined, offset, timeZone]
      .filter(Boolean)
      .map((part) => `\u2068${part}\u2069`)
      .join(' · ');
  } catch {
    return timeZone;
  }
}

/** Languages named in the reader's language and joined as it joins a list ("العربية والإنجليزية"). */
export function formatLanguages(codes: readonly string[], lang: Language): string {
  const names = displayNames(lang, 'language');
  return listFormat(lang).format(codes.map((code) => names.of(code) ?? code));
}

/** Two instants as one range on the wall clock of `timeZone`: "12 Jan 2020, 09:00–12:00". */
export function formatDateTimeRangeInZone(
  startsAt: string,
  endsAt: string,
  lang: Language,
  timeZone: string,
): string {
  return dateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short', timeZone }).formatRange(
    new Date(startsAt),
    new Date(endsAt),
  );
}

/** A whole number in the reader's digits (Arabic-Indic for `ar`). */
export function formatNumber(value: number, lang: Language): string {
  return cached('number', lang, {}, () => new Intl.NumberFormat(lang)).format(value);
}
