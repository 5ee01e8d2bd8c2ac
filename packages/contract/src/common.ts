import { z } from 'zod';
import { multiLineText, singleLineText } from './text.js';

export const LANGUAGES = ['ar', 'en', 'fr'] as const;
export const languageSchema = z.enum(LANGUAGES).meta({ id: 'Language' });
export type Language = z.infer<typeof languageSchema>;

/** Text in up to three languages; empty strings count as absent. */
const localizedShape = (max: number, text: () => z.ZodString) =>
  z
    .object({
      ar: text().max(max).optional(),
      en: text().max(max).optional(),
      fr: text().max(max).optional(),
    })
    .strict();

/** Descriptions, objectives, learning outcomes: several lines allowed. */
export const localizedTextSchema = localizedShape(4000, multiLineText).meta({
  id: 'LocalizedText',
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;

export function hasAnyLanguage(text: LocalizedText | undefined): boolean {
  return !!text && LANGUAGES.some((lang) => (text[lang] ?? '').length > 0);
}

/** A title: at most 200 characters, and at least one language filled in. */
export const localizedTitleSchema = localizedShape(200, singleLineText)
  .refine(hasAnyLanguage, { message: 'validation.localized_required' })
  .meta({ id: 'LocalizedTitle' });

/** A place's name (city, venue): one line, in the languages it is known in. */
export const localizedLineSchema = localizedShape(200, singleLineText).meta({
  id: 'LocalizedLine',
});

/**
 * A place's name as one string (what clients sent before names were localized) is kept under
 * the language of its script, Arabic or else English; the reader sees it whatever their language.
 */
export function placeNameFromString(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  if (!trimmed) return {};
  return { [/[\u0600-\u06FF]/.test(trimmed) ? 'ar' : 'en']: value };
}

/** Picks the reader's language, then the others in a fixed order, so nothing shows blank. */
export function pickLocalized(text: LocalizedText | null | undefined, lang: Language): string {
  if (!text) return '';
  const order: Language[] = [lang, ...LANGUAGES.filter((l) => l !== lang)];
  for (const l of order) {
    const value = text[l];
    if (value) return value;
  }
  return '';
}

export const sortOrderSchema = z.enum(['asc', 'desc']);

export const paginationQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const pageSchema = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export const problemFieldErrorSchema = z
  .object({
    path: z.string(),
    code: z.string(),
    message: z.string(),
  })
  .meta({ id: 'ProblemFieldError' });

/** RFC 9457 problem details, with our stable `code` and per-field errors. */
export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.string(),
    instance: z.string().optional(),
    errors: z.array(problemFieldErrorSchema).optional(),
    /** With code session_conflict: the bookings that collide. */
    conflicts: z.array(z.record(z.string(), z.unknown())).optional(),
  })
  .meta({ id: 'Problem' });
export type Problem = z.infer<typeof problemSchema>;
