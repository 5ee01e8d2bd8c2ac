import { type Language, pickLocalized, type Question } from '@multaqa/contract';
import type { TFunction } from 'i18next';
import { formatCalendarDate } from './format';

/** Empty answers for a form: every question's field as an empty string. */
export function emptyAnswers(questions: Question[]): Record<string, string> {
  return Object.fromEntries(questions.map((q) => [q.key, '']));
}

/** The request's answers: blanks left out, yes/no as booleans. */
export function toAnswers(
  questions: Question[],
  raw: Record<string, string>,
): Record<string, string | boolean> {
  const answers: Record<string, string | boolean> = {};
  for (const q of questions) {
    const value = (raw[q.key] ?? '').trim();
    if (!value) continue;
    answers[q.key] = q.kind === 'yes_no' ? value === 'yes' : value;
  }
  return answers;
}

/** Each answered question as "label" and "value" in the reader's language, in the form's order. */
export function describeAnswers(
  questions: Question[],
  answers: Record<string, string | boolean>,
  lang: Language,
  t: TFunction,
): { key: string; label: string; value: string }[] {
  return questions.flatMap((q) => {
    const value = answers[q.key];
    if (value === undefined || value === '') return [];
    const label = pickLocalized(q.label, lang) || q.key;
    const text =
      typeof value === 'boolean'
        ? t(value ? 'register.yes' : 'register.no')
        : q.kind === 'choice'
          ? pickLocalized(q.options.find((o) => o.value === value)?.label ?? {}, lang) || value
          : q.kind === 'date'
            ? formatCalendarDate(value, lang)
            : value;
    return [{ key: q.key, label, value: text }];
  });
}
