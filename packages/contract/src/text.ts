import { z } from 'zod';

/**
 * Text typed by people, checked once here for every field and search parameter.
 *
 * Refused everywhere: NUL and the other C0/C1 control characters (PostgreSQL cannot store NUL,
 * and the rest have no business in a name or a title), and the bidi overrides and isolates
 * U+202A–U+202E and U+2066–U+2069, which make text display in an order other than the one it
 * is stored in (a name that reads differently in a list than in the database, "Trojan Source").
 *
 * Kept: the marks U+200E, U+200F and U+061C. They only set the direction of neutral characters
 * next to them, cannot reorder the text around them, and Arabic writers use them to keep a phone
 * number or a Latin acronym in place in a right-to-left line (our own Arabic messages do).
 *
 * A value made only of invisible characters (spaces, zero-width and other format characters,
 * fillers) is refused rather than stored as a name nobody can see or find.
 */

/** What a single-line field refuses beyond the controls below; a multi-line field keeps \n and tab. */
const LINE_BREAK_OR_TAB = /[\t\n\r\u2028\u2029]/;
/** C0 and C1 controls (NEL included) apart from tab and line feed, and DEL. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
/** Whitespace, format characters (zero-width, marks, soft hyphen…) and blank-looking fillers. */
const INVISIBLE_ONLY = /^[\s\p{Cf}\u115F\u1160\u2800\u3164\uFFA0]+$/u;

export type TextProblem =
  | 'validation.text_line_break'
  | 'validation.text_control'
  | 'validation.text_bidi'
  | 'validation.text_invisible';

/** What is wrong with a value for a single- or multi-line field, or null when nothing is. */
export function textProblem(value: string, multiLine: boolean): TextProblem | null {
  if (!multiLine && LINE_BREAK_OR_TAB.test(value)) return 'validation.text_line_break';
  // In a multi-line field \r has been normalised away; U+2028/U+2029 are not how people type.
  if (CONTROL.test(value) || /[\u2028\u2029]/.test(value)) return 'validation.text_control';
  if (BIDI_CONTROL.test(value)) return 'validation.text_bidi';
  if (value.length > 0 && INVISIBLE_ONLY.test(value)) return 'validation.text_invisible';
  return null;
}

const textCheck = (multiLine: boolean) =>
  z.superRefine<string>((value, ctx) => {
    const problem = textProblem(value, multiLine);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
// One check object each, carried by every copy of the schema (.max(), .optional()…), so a test
// can tell a checked text field from a bare z.string().
const singleLineCheck = textCheck(false);
const multiLineCheck = textCheck(true);

const checked = (multiLine: boolean) =>
  z
    .string()
    .overwrite((value) => (multiLine ? value.replace(/\r\n?/g, '\n') : value))
    .trim()
    .check(multiLine ? multiLineCheck : singleLineCheck);

/** Whether a string schema was made by singleLineText() or multiLineText(). */
export function hasTextRules(schema: z.ZodString): boolean {
  const checks = schema._zod.def.checks ?? [];
  return checks.includes(singleLineCheck) || checks.includes(multiLineCheck);
}

/** Names, titles, places, codes and search terms: one line, trimmed. */
export const singleLineText = () => checked(false);

/**
 * Descriptions, reasons and free-text answers: tabs and line breaks allowed, trimmed.
 * Windows (\r\n) and old Mac (\r) line ends are stored as \n, so the same text typed on any
 * system compares and displays the same.
 */
export const multiLineText = () => checked(true);
