import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type BankQuestion,
  type Evaluation,
  type EvaluationInput,
  type EvaluationKind,
  isTestKind,
  type SurveyItem,
} from '@multaqa/contract';
import { DataSource, type EntityManager } from 'typeorm';
import { loadEventFor } from '../common/access/events.js';
import type { SessionUser } from '../common/auth/current-user.js';
import { Clock } from '../common/clock/clock.js';
import { conflict, notFound, unprocessable } from '../common/errors/domain.exception.js';
import type { EventEntity } from '../events/entities/event.entity.js';
import { EvaluationEntity } from './entities/evaluation.entity.js';
import { toEvaluationDto } from './evaluation.mapper.js';
import { loadBank, toBankQuestion } from './question-bank.service.js';

/** Cancelled and archived events take no new evaluations; a completed one still does (post-test, survey). */
const CLOSED_EVENT_STATUSES: readonly EventEntity['status'][] = ['cancelled', 'archived'];

export function assertEvaluationsWritable(event: EventEntity): void {
  if (CLOSED_EVENT_STATUSES.includes(event.status)) {
    throw conflict('event_read_only', { status: `terms.event_status.${event.status}` });
  }
}

/** The event's evaluation of this kind, locked against submissions and other edits. */
export async function lockEvaluation(
  tx: EntityManager,
  eventId: string,
  kind: EvaluationKind,
): Promise<EvaluationEntity | null> {
  return tx
    .getRepository(EvaluationEntity)
    .createQueryBuilder('ev')
    .setLock('pessimistic_write')
    .where('ev.event_id = :eventId AND ev.kind = :kind', { eventId, kind })
    .getOne();
}

async function responseCount(manager: EntityManager, evaluationId: string): Promise<number> {
  const [{ n }]: { n: number }[] = await manager.query(
    'SELECT count(*)::int AS n FROM evaluation_responses WHERE evaluation_id = $1',
    [evaluationId],
  );
  return n;
}

/** Key order in stored JSON is not ours to keep, so contents are compared with sorted keys. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

/** An event's pre-test, post-test and survey, as its coordinators and admins set them up. */
@Injectable()
export class EvaluationSetupService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  async list(eventId: string, user: SessionUser): Promise<{ items: Evaluation[] }> {
    await loadEventFor(this.db.manager, eventId, user);
    const evaluations = await this.db
      .getRepository(EvaluationEntity)
      .find({ where: { eventId }, order: { kind: 'ASC' } });
    const items = [];
    for (const evaluation of evaluations) items.push(await this.toDto(this.db.manager, evaluation));
    return { items };
  }

  async put(
    eventId: string,
    kind: EvaluationKind,
    input: EvaluationInput,
    user: SessionUser,
  ): Promise<Evaluation> {
    return this.db.transaction(async (tx) => {
      const event = await loadEventFor(tx, eventId, user);
      assertEvaluationsWritable(event);
      if (new Date(input.closesAt) <= new Date(input.opensAt)) {
        throw unprocessable('evaluation_window');
      }
      const existing = await lockEvaluation(tx, eventId, kind);
      const answered = existing !== null && (await responseCount(tx, existing.id)) > 0;
      const content =
        existing && answered
          ? this.keptContent(existing, kind, input)
          : isTestKind(kind)
            ? { questions: await this.chosenQuestions(tx, event, input.questionIds), items: [] }
            : { questions: [], items: this.surveyItems(input.items) };
      const repo = tx.getRepository(EvaluationEntity);
      const saved = await repo.save({
        ...(existing ?? repo.create({ eventId, kind })),
        opensAt: new Date(input.opensAt),
        closesAt: new Date(input.closesAt),
        passMarkPercent: input.passMarkPercent,
        ...content,
      });
      return this.toDto(tx, saved);
    });
  }

  async remove(eventId: string, kind: EvaluationKind, user: SessionUser): Promise<void> {
    await this.db.transaction(async (tx) => {
      const event = await loadEventFor(tx, eventId, user);
      assertEvaluationsWritable(event);
      const existing = await lockEvaluation(tx, eventId, kind);
      if (!existing) throw notFound('evaluation');
      if ((await responseCount(tx, existing.id)) > 0) throw conflict('evaluation_answered');
      if (kind === 'post_test') {
        const [rule]: unknown[] = await tx.query(
          'SELECT 1 FROM event_certificate_rules WHERE event_id = $1 AND require_post_test_pass',
          [eventId],
        );
        if (rule) throw conflict('post_test_required');
      }
      await tx.getRepository(EvaluationEntity).delete({ id: existing.id });
    });
  }

  /**
   * Once someone has answered, only the window may move: the questions stay the copy they
   * answered (the bank may have changed since), so a test's `questionIds` may only repeat them.
   */
  private keptContent(
    existing: EvaluationEntity,
    kind: EvaluationKind,
    input: EvaluationInput,
  ): Pick<EvaluationEntity, 'questions' | 'items'> {
    const changed = isTestKind(kind)
      ? existing.passMarkPercent !== input.passMarkPercent ||
        (input.questionIds !== undefined &&
          canonical([...new Set(input.questionIds)]) !==
            canonical(existing.questions.map((q) => q.id)))
      : input.items !== undefined && canonical(input.items) !== canonical(existing.items);
    if (changed) throw conflict('evaluation_answered');
    return { questions: existing.questions, items: existing.items };
  }

  /** A copy of the chosen bank questions (all of them by default), in the order chosen. */
  private async chosenQuestions(
    tx: EntityManager,
    event: EventEntity,
    questionIds: string[] | undefined,
  ): Promise<BankQuestion[]> {
    if (!event.packageId) throw unprocessable('evaluation_needs_package');
    const bank = new Map(
      (await loadBank(tx, event.packageId)).map((q) => [q.id, toBankQuestion(q)]),
    );
    const ids = questionIds ? [...new Set(questionIds)] : [...bank.keys()];
    if (ids.length === 0) throw unprocessable('evaluation_no_questions');
    return ids.map((id) => {
      const question = bank.get(id);
      if (!question) throw unprocessable('evaluation_unknown_question');
      return question;
    });
  }

  private surveyItems(items: SurveyItem[] | undefined): SurveyItem[] {
    if (!items || items.length === 0) throw unprocessable('evaluation_no_items');
    if (new Set(items.map((i) => i.id)).size !== items.length) {
      throw unprocessable('evaluation_duplicate_items');
    }
    return items;
  }

  private async toDto(manager: EntityManager, evaluation: EvaluationEntity): Promise<Evaluation> {
    const [{ expected }]: { expected: number }[] = await manager.query(
      `SELECT count(*)::int AS expected FROM registrations WHERE event_id = $1 AND status = 'approved'`,
      [evaluation.eventId],
    );
    const answered = await responseCount(manager, evaluation.id);
    return toEvaluationDto(evaluation, { expected, answered }, this.clock.now());
  }
}
