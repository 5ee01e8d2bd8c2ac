import type { Evaluation } from '@multaqa/contract';
import type { EvaluationEntity } from './entities/evaluation.entity.js';
import { evaluationState } from './evaluation-state.js';

export function toEvaluationDto(
  evaluation: EvaluationEntity,
  counts: { expected: number; answered: number },
  now: Date,
): Evaluation {
  return {
    id: evaluation.id,
    eventId: evaluation.eventId,
    kind: evaluation.kind,
    opensAt: evaluation.opensAt.toISOString(),
    closesAt: evaluation.closesAt.toISOString(),
    state: evaluationState(evaluation, now),
    passMarkPercent: evaluation.passMarkPercent,
    questions: evaluation.questions,
    items: evaluation.items,
    expected: counts.expected,
    answered: counts.answered,
    invitedAt: evaluation.invitedAt?.toISOString() ?? null,
  };
}
