import { textProblem } from '@multaqa/contract';

/**
 * Readers for a page's URL search parameters. Each takes what the address bar holds (anything)
 * and returns a value the page can use, or undefined, which leaves the parameter out.
 */

/**
 * Search text: trimmed, at most 200 characters (the API's limit). Text the API would refuse
 * (NUL, line breaks, bidi overrides…, see the contract's text rules) is left out too, so a
 * crafted link opens the plain list rather than an error.
 */
export function textParam(value: unknown): string | undefined {
  const text = typeof value === 'string' ? value.trim().slice(0, 200) : '';
  return text && !textProblem(text, false) ? text : undefined;
}

/** A page number; page 1 is the default and left out. */
export function pageParam(value: unknown): number | undefined {
  const page = Number(value);
  return Number.isInteger(page) && page > 1 ? page : undefined;
}

/** One of a fixed set of values (a status, a sort field…). */
export function oneOf<T extends string>(values: readonly T[], value: unknown): T | undefined {
  return typeof value === 'string' && (values as readonly string[]).includes(value)
    ? (value as T)
    : undefined;
}

/** An ISO 3166-1 alpha-2 country code, whatever its case. */
export function countryParam(value: unknown): string | undefined {
  const code = typeof value === 'string' ? value.toUpperCase() : '';
  return /^[A-Z]{2}$/.test(code) ? code : undefined;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A record's id (a UUID). */
export function idParam(value: unknown): string | undefined {
  return typeof value === 'string' && UUID.test(value) ? value : undefined;
}

/** A calendar date, YYYY-MM-DD. */
export function dateParam(value: unknown): string | undefined {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
}
