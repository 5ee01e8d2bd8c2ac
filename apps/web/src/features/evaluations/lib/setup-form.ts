import type {
  Evaluation,
  EvaluationInput,
  EvaluationKind,
  LocalizedText,
  SurveyItem,
} from '@multaqa/contract';
import { LANGUAGES } from '@multaqa/contract';
import { isoToZonedLocal, zonedLocalToIso } from '../../../lib/time-zone';
import { randomUuid } from '../../../lib/uuid';
import { DEFAULT_SURVEY_ITEMS } from './default-survey';

type Texts = Required<LocalizedText>;

export interface SurveyItemFormValues extends Omit<SurveyItem, 'prompt'> {
  prompt: Texts;
}

/** The set-up form: times as wall clocks in the event's zone (`YYYY-MM-DDTHH:mm`). */
export interface SetupFormValues {
  opensAt: string;
  closesAt: string;
  passMarkPercent: number;
  questionIds: string[];
  items: SurveyItemFormValues[];
}

const fill = (text: LocalizedText): Texts => ({ ar: '', en: '', fr: '', ...text });

function compact(text: Texts): LocalizedText {
  const result: LocalizedText = {};
  for (const lang of LANGUAGES) {
    const value = text[lang].trim();
    if (value) result[lang] = value;
  }
  return result;
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function emptySurveyItem(): SurveyItemFormValues {
  return { id: randomUuid(), type: 'likert', scope: 'event', prompt: fill({}) };
}

/**
 * A new evaluation's defaults: the pre-test on the first morning, the post-test and the survey
 * from the last afternoon for a week; every question of the bank; the usual survey items.
 */
export function defaultSetup(
  kind: EvaluationKind,
  event: { startDate: string; endDate: string },
  bankQuestionIds: string[],
): SetupFormValues {
  const pre = kind === 'pre_test';
  return {
    opensAt: pre ? `${event.startDate}T08:00` : `${event.endDate}T12:00`,
    closesAt: pre ? `${event.startDate}T12:00` : `${addDays(event.endDate, 7)}T23:00`,
    passMarkPercent: 60,
    questionIds: bankQuestionIds,
    items:
      kind === 'survey'
        ? DEFAULT_SURVEY_ITEMS.map((item) => ({
            ...item,
            id: randomUuid(),
            prompt: fill(item.prompt),
          }))
        : [],
  };
}

export function evaluationToSetup(evaluation: Evaluation, timeZone: string): SetupFormValues {
  return {
    opensAt: isoToZonedLocal(evaluation.opensAt, timeZone),
    closesAt: isoToZonedLocal(evaluation.closesAt, timeZone),
    passMarkPercent: evaluation.passMarkPercent,
    questionIds: evaluation.questions.map((q) => q.id),
    items: evaluation.items.map((item) => ({ ...item, prompt: fill(item.prompt) })),
  };
}

/**
 * The request: times read in the event's zone; a test sends its chosen questions in the bank's
 * order, a survey its items.
 */
export function setupToInput(
  kind: EvaluationKind,
  values: SetupFormValues,
  timeZone: string,
  bankOrder: string[],
): EvaluationInput {
  const base = {
    // An unreadable time stays as typed, so the schema says which field is wrong.
    opensAt: zonedLocalToIso(values.opensAt, timeZone) ?? values.opensAt,
    closesAt: zonedLocalToIso(values.closesAt, timeZone) ?? values.closesAt,
    passMarkPercent: values.passMarkPercent,
  };
  if (kind === 'survey') {
    return {
      ...base,
      items: values.items.map((item) => ({ ...item, prompt: compact(item.prompt) })),
    };
  }
  const chosen = new Set(values.questionIds);
  return { ...base, questionIds: bankOrder.filter((id) => chosen.has(id)) };
}
