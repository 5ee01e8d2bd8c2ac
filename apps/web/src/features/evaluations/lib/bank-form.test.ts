import { questionBankSchema } from '@multaqa/contract';
import { describe, expect, it } from 'vitest';
import { bankToForm, changeType, emptyQuestion, formToBank, markCorrect } from './bank-form';

function filledQuestion() {
  const q = emptyQuestion();
  q.prompt = { ar: 'ما العاصمة؟', en: ' What is the capital? ', fr: '' };
  q.options[0].text = { ar: 'مقديشو', en: 'Mogadishu', fr: '' };
  q.options[1].text = { ar: 'هرجيسا', en: 'Hargeisa', fr: '' };
  return q;
}

describe('the question bank form', () => {
  it('sends texts without the empty languages, trimmed, and passes the contract', () => {
    const q = filledQuestion();
    const body = formToBank({ questions: [q] });
    expect(body.questions[0].prompt).toEqual({ ar: 'ما العاصمة؟', en: 'What is the capital?' });
    expect(body.questions[0].options.map((o) => o.correct)).toEqual([true, false]);
    expect(questionBankSchema.safeParse(body).success).toBe(true);
  });

  it('round-trips a saved bank with the same ids', () => {
    const body = questionBankSchema.parse(formToBank({ questions: [filledQuestion()] }));
    expect(formToBank(bankToForm(body.questions))).toEqual(body);
  });

  it('keeps exactly one correct option for single choice', () => {
    const q = filledQuestion();
    expect(markCorrect(q, 1, true).map((o) => o.correct)).toEqual([false, true]);
  });

  it('toggles correct options for multiple choice, and keeps only the first when going back to single', () => {
    const q = { ...filledQuestion(), type: 'multiple' as const };
    q.options = markCorrect(q, 1, true);
    expect(q.options.map((o) => o.correct)).toEqual([true, true]);
    expect(changeType(q, 'single').map((o) => o.correct)).toEqual([true, false]);
  });

  it('is refused by the contract without a correct option or without a prompt', () => {
    const q = filledQuestion();
    q.options = q.options.map((o) => ({ ...o, correct: false }));
    const noCorrect = questionBankSchema.safeParse(formToBank({ questions: [q] }));
    expect(noCorrect.error?.issues.map((i) => i.message)).toContain('validation.question_correct');

    const blank = emptyQuestion();
    const noPrompt = questionBankSchema.safeParse(formToBank({ questions: [blank] }));
    expect(noPrompt.error?.issues.map((i) => i.path.join('.'))).toContain('questions.0.prompt');
  });
});
