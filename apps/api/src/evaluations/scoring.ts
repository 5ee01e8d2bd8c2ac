import type { BankQuestion, EvaluationResponseInput, SurveyFormRow } from '@multaqa/contract';
import { HttpStatus } from '@nestjs/common';
import { DomainException, unprocessable } from '../common/errors/domain.exception.js';
import { rowKey } from './survey-rows.js';

const round = (value: number, places: number) => {
  const factor = 10 ** places;
  return Math.round(value * factor) / factor;
};

/**
 * Checks a test's answers against the evaluation's own copy of the questions and scores them:
 * the points of the questions answered right over all points. Every question must be answered;
 * a multiple-choice question counts only when the chosen set is exactly the correct set.
 */
export function scoreTest(
  questions: BankQuestion[],
  input: EvaluationResponseInput,
  passMarkPercent: number,
): { scorePercent: number; passed: boolean } {
  if (input.survey.length > 0) throw unprocessable('evaluation_invalid_answer');
  const byQuestion = new Map(questions.map((q) => [q.id, q]));
  const chosen = new Map<string, Set<string>>();
  for (const answer of input.answers) {
    const question = byQuestion.get(answer.questionId);
    if (!question) throw unprocessable('evaluation_unknown_question');
    const options = new Set(answer.optionIds);
    const known = new Set(question.options.map((o) => o.id));
    const valid =
      !chosen.has(question.id) &&
      options.size === answer.optionIds.length &&
      answer.optionIds.every((id) => known.has(id)) &&
      (question.type === 'multiple' || options.size <= 1);
    if (!valid) throw unprocessable('evaluation_invalid_answer');
    if (options.size > 0) chosen.set(question.id, options);
  }
  const missing = questions.filter((q) => !chosen.has(q.id)).map((q) => q.id);
  if (missing.length > 0) {
    throw new DomainException(
      'evaluation_incomplete',
      HttpStatus.UNPROCESSABLE_ENTITY,
      { missing: missing.length },
      [],
      { missingQuestionIds: missing },
    );
  }
  let total = 0;
  let scored = 0;
  for (const question of questions) {
    total += question.points;
    const picked = chosen.get(question.id)!;
    const correct = question.options.filter((o) => o.correct).map((o) => o.id);
    if (correct.length === picked.size && correct.every((id) => picked.has(id))) {
      scored += question.points;
    }
  }
  const scorePercent = total > 0 ? round((scored / total) * 100, 2) : 0;
  return { scorePercent, passed: scorePercent >= passMarkPercent };
}

export interface SurveyRating {
  itemId: string;
  sessionId: string | null;
  trainerId: string | null;
  rating: number;
}

/**
 * Checks a survey's answers against the rows the form shows (every row is optional) and
 * returns its ratings and their mean, for the per-item results and the reports.
 */
export function readSurvey(
  rows: SurveyFormRow[],
  input: EvaluationResponseInput,
): { ratings: SurveyRating[]; ratingMean: number | null } {
  if (input.answers.length > 0) throw unprocessable('evaluation_invalid_answer');
  const byKey = new Map(rows.map((row) => [rowKey(row), row]));
  const seen = new Set<string>();
  const ratings: SurveyRating[] = [];
  for (const answer of input.survey) {
    const key = rowKey(answer);
    const row = byKey.get(key);
    if (!row) throw unprocessable('evaluation_unknown_row');
    const fits =
      !seen.has(key) && (row.type === 'likert' ? answer.text === null : answer.rating === null);
    if (!fits) throw unprocessable('evaluation_invalid_answer');
    seen.add(key);
    if (answer.rating !== null) {
      ratings.push({
        itemId: answer.itemId,
        sessionId: answer.sessionId,
        trainerId: answer.trainerId,
        rating: answer.rating,
      });
    }
  }
  const ratingMean =
    ratings.length > 0
      ? round(ratings.reduce((sum, r) => sum + r.rating, 0) / ratings.length, 3)
      : null;
  return { ratings, ratingMean };
}
