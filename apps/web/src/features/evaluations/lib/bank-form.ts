import {
  LANGUAGES,
  type BankQuestion,
  type LocalizedText,
  type QuestionBankInput,
  type QuestionType,
} from '@multaqa/contract';
import { randomUuid } from '../../../lib/uuid';

type Texts = Required<LocalizedText>;

export interface OptionFormValues {
  id: string;
  text: Texts;
  correct: boolean;
}

export interface QuestionFormValues {
  id: string;
  type: QuestionType;
  prompt: Texts;
  options: OptionFormValues[];
  points: number;
}

export interface BankFormValues {
  questions: QuestionFormValues[];
}

const emptyTexts = (): Texts => ({ ar: '', en: '', fr: '' });
const fillTexts = (text: LocalizedText): Texts => ({ ...emptyTexts(), ...text });

/** Empty strings mean "not written in this language": left out of the request. */
function compact(text: Texts): LocalizedText {
  const result: LocalizedText = {};
  for (const lang of LANGUAGES) {
    const value = text[lang].trim();
    if (value) result[lang] = value;
  }
  return result;
}

export function emptyOption(): OptionFormValues {
  return { id: randomUuid(), text: emptyTexts(), correct: false };
}

/** A new question starts as single choice with two options, the first marked correct. */
export function emptyQuestion(): QuestionFormValues {
  return {
    id: randomUuid(),
    type: 'single',
    prompt: emptyTexts(),
    options: [{ ...emptyOption(), correct: true }, emptyOption()],
    points: 1,
  };
}

export function bankToForm(questions: BankQuestion[]): BankFormValues {
  return {
    questions: questions.map((q) => ({
      id: q.id,
      type: q.type,
      prompt: fillTexts(q.prompt),
      points: q.points,
      options: q.options.map((o) => ({ id: o.id, text: fillTexts(o.text), correct: o.correct })),
    })),
  };
}

export function formToBank(values: BankFormValues): QuestionBankInput {
  return {
    questions: values.questions.map((q) => ({
      id: q.id,
      type: q.type,
      prompt: compact(q.prompt),
      points: q.points,
      options: q.options.map((o) => ({ id: o.id, text: compact(o.text), correct: o.correct })),
    })),
  };
}

/**
 * Marking an option correct: a single-choice question keeps exactly that one; a multiple-choice
 * one toggles it.
 */
export function markCorrect(
  question: Pick<QuestionFormValues, 'type' | 'options'>,
  index: number,
  checked: boolean,
): OptionFormValues[] {
  return question.options.map((o, i) =>
    question.type === 'single'
      ? { ...o, correct: i === index }
      : i === index
        ? { ...o, correct: checked }
        : o,
  );
}

/** Switching to single choice keeps only the first correct option marked. */
export function changeType(
  question: Pick<QuestionFormValues, 'options'>,
  type: QuestionType,
): OptionFormValues[] {
  if (type === 'multiple') return question.options;
  const first = Math.max(
    0,
    question.options.findIndex((o) => o.correct),
  );
  return question.options.map((o, i) => ({ ...o, correct: i === first }));
}
