import { HttpStatus } from '@nestjs/common';
import type { Question } from '@multaqa/contract';
import { DomainException, type FieldProblem } from '../common/errors/domain.exception.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Checks answers against the event's own questions; unknown keys are dropped. A coordinator who
 * nominates someone often cannot answer for them, so `requireAll: false` checks only what is given.
 */
export function checkAnswers(
  questions: Question[],
  answers: Record<string, string | boolean>,
  { requireAll = true }: { requireAll?: boolean } = {},
): Record<string, string | boolean> {
  const problems: FieldProblem[] = [];
  const clean: Record<string, string | boolean> = {};
  for (const q of questions) {
    const value = answers[q.key];
    const path = `answers.${q.key}`;
    const empty = value === undefined || value === '';
    if (empty) {
      if (q.required && requireAll) problems.push({ path, code: 'answer_required' });
      continue;
    }
    const fits =
      q.kind === 'yes_no'
        ? typeof value === 'boolean'
        : q.kind === 'choice'
          ? typeof value === 'string' && q.options.some((o) => o.value === value)
          : q.kind === 'date'
            ? typeof value === 'string' && ISO_DATE.test(value) && !Number.isNaN(Date.parse(value))
            : typeof value === 'string';
    if (!fits) problems.push({ path, code: 'answer_invalid' });
    else clean[q.key] = typeof value === 'string' ? value.trim() : value;
  }
  if (problems.length > 0) {
    throw new DomainException('validation_failed', HttpStatus.BAD_REQUEST, {}, problems);
  }
  return clean;
}
