/**
 * What the public pages use of `@multaqa/contract` at run time, without zod: the light entry's
 * build (build/public-entry.ts) resolves `@multaqa/contract` to this file, so shared modules
 * (lib/format, lib/problem, the public API calls…) import it unchanged. Types still come from the
 * contract itself. The contract's index builds every zod schema as it loads (their `.meta()` calls
 * cannot be tree-shaken), which cost the public pages ~60 KiB of JavaScript.
 *
 * Everything is re-exported from the contract's own zod-free source files, except `LANGUAGES`,
 * `pickLocalized` and `textProblem`, whose files (common.ts, text.ts) build schemas as they load:
 * those are repeated here, and contract-lite.test.ts checks that they say what the contract says.
 */
import type { Language, LocalizedText, TextProblem } from '@multaqa/contract';

export {
  formatCalendarDate,
  formatDateRange,
  formatHijriDate,
  formatHijriDateRange,
  HIJRI_LOCALE,
} from '../../../../packages/contract/src/dates';
export {
  hasLeadingZeroBits,
  PROOF_OF_WORK_HEADER,
} from '../../../../packages/contract/src/proof-of-work';
export { base64UrlToBytes } from '../../../../packages/contract/src/base64url';
export {
  certificatePayload,
  detachedCertificateToken,
  normalizeSerial,
  splitCertificateToken,
} from '../../../../packages/contract/src/certificate-token';
export { describeIssue } from '../../../../packages/contract/src/validation';
export { validationMessages } from '../../../../packages/contract/src/i18n/validation';

export const LANGUAGES = ['ar', 'en', 'fr'] as const;

/** Picks the reader's language, then the others in a fixed order, so nothing shows blank. */
export function pickLocalized(text: LocalizedText | null | undefined, lang: Language): string {
  if (!text) return '';
  for (const l of [lang, ...LANGUAGES.filter((x) => x !== lang)]) {
    const value = text[l];
    if (value) return value;
  }
  return '';
}

/* The contract's text rules (text.ts): what a single- or multi-line field refuses. */
const LINE_BREAK_OR_TAB = /[\t\n\r\u2028\u2029]/;
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
const INVISIBLE_ONLY = /^[\s\p{Cf}\u115F\u1160\u2800\u3164\uFFA0]+$/u;

/** What is wrong with a value for a single- or multi-line field, or null when nothing is. */
export function textProblem(value: string, multiLine: boolean): TextProblem | null {
  if (!multiLine && LINE_BREAK_OR_TAB.test(value)) return 'validation.text_line_break';
  if (CONTROL.test(value) || /[\u2028\u2029]/.test(value)) return 'validation.text_control';
  if (BIDI_CONTROL.test(value)) return 'validation.text_bidi';
  if (value.length > 0 && INVISIBLE_ONLY.test(value)) return 'validation.text_invisible';
  return null;
}
