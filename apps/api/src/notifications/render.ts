import { type Language, LANGUAGES } from '@multaqa/contract';
import i18next from 'i18next';
import { blockLabels, type TemplateName, templates } from './templates.js';

const mail = i18next.createInstance();
void mail.init({
  resources: Object.fromEntries(LANGUAGES.map((lang) => [lang, { translation: templates[lang] }])),
  fallbackLng: 'en',
  // Emails are plain text only, so HTML in a value is shown as typed, never interpreted; an HTML
  // part, if one is ever added, needs escaping. Values are made inert below for what plain text
  // and headers can be fooled by: lines.
  interpolation: { escapeValue: false },
  initAsync: false,
});

/** Controls (line breaks included), line and paragraph separators, and bidi overrides/isolates. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const BREAKING = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]+/g;

/**
 * A value from a person or the database (a name, a title, a city) as it may stand inside one of
 * our sentences: one line, so it can neither start a line of its own that reads like ours (a
 * fake link, a fake instruction) nor add a header through the subject. Values written before
 * the contract refused line breaks are still in the database, so this does not trust them.
 */
export function inline(value: string | number): string {
  return String(value).replace(BREAKING, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * A multi-line value (a coordinator's reason) kept apart from our text: after a label of ours,
 * every one of its lines quoted with "> ", so none of them can pass for a line we wrote.
 */
function quoted(value: string, label: string): string {
  const text = value
    .split(/\r\n|[\n\r\u0085\u2028\u2029]/)
    .map(inline)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  if (!text) return '';
  const lines = text.split('\n').map((line) => (line ? `> ${line}` : '>'));
  return `\n\n${label}\n${lines.join('\n')}`;
}

/** Params placed in a template as a quoted block of their own; all others are inline. */
const BLOCK_PARAMS = ['reason'] as const satisfies (keyof (typeof blockLabels)['en'])[];

export function renderTemplate(
  language: Language,
  template: TemplateName,
  params: Record<string, string | number>,
): { subject: string; text: string; html: string | null } {
  const t = mail.getFixedT(language);
  const values = Object.fromEntries(
    Object.entries(params).map(([key, value]) => [
      key,
      (BLOCK_PARAMS as readonly string[]).includes(key)
        ? quoted(String(value), blockLabels[language][key as (typeof BLOCK_PARAMS)[number]])
        : inline(value),
    ]),
  );
  const hasHtml = mail.exists(`${template}.html`, { lng: language });
  return {
    subject: inline(t(`${template}.subject`, values)),
    text: t(`${template}.text`, values),
    // The HTML part escapes every value (names, titles, links): they are text, never markup.
    html: hasHtml
      ? t(`${template}.html`, { ...values, interpolation: { escapeValue: true } })
      : null,
  };
}
