import type { EvaluationState } from '@multaqa/contract';
import { unprocessable } from '../common/errors/domain.exception.js';

type Window = { opensAt: Date; closesAt: Date };

/** Where `now` falls in the window: it opens at opensAt and is closed from closesAt on. */
export function evaluationState(window: Window, now: Date): EvaluationState {
  if (now < window.opensAt) return 'scheduled';
  return now < window.closesAt ? 'open' : 'closed';
}

/** Answers are taken only while the evaluation is open. */
export function assertOpen(window: Window, now: Date): void {
  const state = evaluationState(window, now);
  if (state === 'scheduled') throw unprocessable('evaluation_not_open');
  if (state === 'closed') throw unprocessable('evaluation_closed');
}
