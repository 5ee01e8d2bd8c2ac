import type {
  EvaluationForm,
  EvaluationResponseInput,
  FormQuestion,
  SurveyFormRow,
} from '@multaqa/contract';

/** What the participant has picked or typed so far, keyed by question or survey row. */
export interface AnswerState {
  /** Test question id → chosen option ids. */
  choices: Record<string, string[]>;
  /** Survey row key → rating 1–5. */
  ratings: Record<string, number>;
  /** Survey row key → free text. */
  texts: Record<string, string>;
}

export const emptyAnswers = (): AnswerState => ({ choices: {}, ratings: {}, texts: {} });

/** A survey item is asked once per session or trainer: the row's key says which. */
export function rowKey(row: Pick<SurveyFormRow, 'itemId' | 'sessionId' | 'trainerId'>): string {
  return [row.itemId, row.sessionId ?? '', row.trainerId ?? ''].join(':');
}

/** Picking an option: a single-choice question keeps only it, a multiple-choice one toggles it. */
export function choose(
  state: AnswerState,
  question: Pick<FormQuestion, 'id' | 'type'>,
  optionId: string,
  checked: boolean,
): AnswerState {
  const current = state.choices[question.id] ?? [];
  const next =
    question.type === 'single'
      ? [optionId]
      : checked
        ? [...current.filter((id) => id !== optionId), optionId]
        : current.filter((id) => id !== optionId);
  return { ...state, choices: { ...state.choices, [question.id]: next } };
}

/** How many cards have an answer: every test question must; survey rows may stay blank. */
export function answeredCount(form: EvaluationForm, state: AnswerState): number {
  if (form.kind !== 'survey') {
    return form.questions.filter((q) => (state.choices[q.id] ?? []).length > 0).length;
  }
  return form.rows.filter((row) =>
    row.type === 'likert'
      ? state.ratings[rowKey(row)] !== undefined
      : (state.texts[rowKey(row)] ?? '').trim() !== '',
  ).length;
}

export function totalCount(form: EvaluationForm): number {
  return form.kind === 'survey' ? form.rows.length : form.questions.length;
}

/** The test questions still without an answer, in order (a test must answer them all). */
export function missingQuestions(form: EvaluationForm, state: AnswerState): FormQuestion[] {
  if (form.kind === 'survey') return [];
  return form.questions.filter((q) => (state.choices[q.id] ?? []).length === 0);
}

/** The request body: the test's answers in question order, or the survey rows answered. */
export function buildResponse(form: EvaluationForm, state: AnswerState): EvaluationResponseInput {
  if (form.kind !== 'survey') {
    return {
      answers: form.questions.map((q) => ({
        questionId: q.id,
        // In the options' order, whatever order they were clicked in.
        optionIds: q.options.map((o) => o.id).filter((id) => state.choices[q.id]?.includes(id)),
      })),
      survey: [],
    };
  }
  const survey: EvaluationResponseInput['survey'] = [];
  for (const row of form.rows) {
    const key = rowKey(row);
    const rating = row.type === 'likert' ? (state.ratings[key] ?? null) : null;
    const text = row.type === 'text' ? (state.texts[key] ?? '').trim() || null : null;
    if (rating === null && text === null) continue;
    survey.push({
      itemId: row.itemId,
      sessionId: row.sessionId,
      trainerId: row.trainerId,
      rating,
      text,
    });
  }
  return { answers: [], survey };
}
