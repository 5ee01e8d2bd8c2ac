import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  EvaluationForm,
  EvaluationResponseInput,
  Language,
  MyEvaluation,
  MyEvaluationResult,
} from '@multaqa/contract';
import { DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import { ownParticipantId } from '../common/access/people.js';
import type { SessionUser } from '../common/auth/current-user.js';
import { Clock } from '../common/clock/clock.js';
import { conflict, notFound } from '../common/errors/domain.exception.js';
import type { RESPONSE_CHANNELS } from './entities/evaluation-response.entity.js';
import { EvaluationEntity } from './entities/evaluation.entity.js';
import { assertOpen, evaluationState } from './evaluation-state.js';
import { readSurvey, scoreTest } from './scoring.js';
import { expandRows, surveySubjects } from './survey-rows.js';

type Channel = (typeof RESPONSE_CHANNELS)[number];

interface ResponseRow {
  submitted_at: Date;
  score_percent: string | null;
  passed: boolean | null;
}

const toResult = (row: ResponseRow): MyEvaluationResult => ({
  submittedAt: row.submitted_at.toISOString(),
  scorePercent: row.score_percent === null ? null : Number(row.score_percent),
  passed: row.passed,
});

const isDoubleAnswer = (error: unknown) =>
  error instanceof QueryFailedError &&
  (error.driverError as { constraint?: string }).constraint ===
    'evaluation_responses_evaluation_registration_key';

/** One approved registration answering one evaluation: the form, and the one submission. */
export interface Taker {
  evaluationId: string;
  registrationId: string;
}

/**
 * Taking an evaluation, the same for the portal and the emailed link: the form (never the
 * correct options), and a submission that is checked, scored and stored once.
 */
@Injectable()
export class EvaluationTakingService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  /** The signed-in participant's evaluations, through their approved registrations. */
  async mine(user: SessionUser): Promise<{ items: MyEvaluation[] }> {
    const participantId = await ownParticipantId(this.db.manager, user);
    if (!participantId) return { items: [] };
    const rows: (ResponseRow & {
      id: string;
      kind: MyEvaluation['kind'];
      opens_at: Date;
      closes_at: Date;
      event_id: string;
      title: Record<string, string>;
      time_zone: string;
      answered: boolean;
    })[] = await this.db.query(
      `SELECT ev.id, ev.kind, ev.opens_at, ev.closes_at, e.id AS event_id, e.title, e.time_zone,
              resp.id IS NOT NULL AS answered, resp.submitted_at, resp.score_percent, resp.passed
         FROM evaluations ev
         JOIN events e ON e.id = ev.event_id AND e.status <> 'cancelled'
         JOIN registrations r ON r.event_id = ev.event_id AND r.status = 'approved'
                             AND r.participant_id = $1
         LEFT JOIN evaluation_responses resp
                ON resp.evaluation_id = ev.id AND resp.registration_id = r.id
        ORDER BY ev.opens_at DESC, ev.kind`,
      [participantId],
    );
    const now = this.clock.now();
    return {
      items: rows.map((row) => ({
        evaluationId: row.id,
        kind: row.kind,
        event: { id: row.event_id, title: row.title, timeZone: row.time_zone },
        opensAt: row.opens_at.toISOString(),
        closesAt: row.closes_at.toISOString(),
        state: evaluationState({ opensAt: row.opens_at, closesAt: row.closes_at }, now),
        result: row.answered ? toResult(row) : null,
      })),
    };
  }

  /** The caller's approved registration in the evaluation's event; 404 for anyone else. */
  async ownTaker(user: SessionUser, evaluationId: string): Promise<Taker> {
    const participantId = await ownParticipantId(this.db.manager, user);
    const [row]: { id: string }[] = participantId
      ? await this.db.query(
          `SELECT r.id FROM evaluations ev
             JOIN registrations r ON r.event_id = ev.event_id AND r.status = 'approved'
            WHERE ev.id = $1 AND r.participant_id = $2`,
          [evaluationId, participantId],
        )
      : [];
    if (!row) throw notFound('evaluation');
    return { evaluationId, registrationId: row.id };
  }

  async form(taker: Taker, language: Language): Promise<EvaluationForm> {
    const manager = this.db.manager;
    // Removed since the taker was found (only an unanswered one can be): the same 404.
    const evaluation = await manager
      .getRepository(EvaluationEntity)
      .findOne({ where: { id: taker.evaluationId }, relations: { event: true } });
    const event = evaluation?.event;
    if (!evaluation || !event) throw notFound('evaluation');
    const now = this.clock.now();
    const rows =
      evaluation.kind === 'survey'
        ? expandRows(evaluation.items, await surveySubjects(manager, event.id, now), language)
        : [];
    const response = await this.response(manager, taker);
    return {
      evaluationId: evaluation.id,
      kind: evaluation.kind,
      event: { id: event.id, title: event.title, timeZone: event.timeZone },
      opensAt: evaluation.opensAt.toISOString(),
      closesAt: evaluation.closesAt.toISOString(),
      state: evaluationState(evaluation, now),
      passMarkPercent: evaluation.passMarkPercent,
      questions: evaluation.questions.map((q) => ({
        id: q.id,
        type: q.type,
        prompt: q.prompt,
        options: q.options.map((o) => ({ id: o.id, text: o.text })),
        points: q.points,
      })),
      rows,
      result: response ? toResult(response) : null,
    };
  }

  /**
   * Stores the answers once. The evaluation row is share-locked, so its set-up cannot change
   * under a submission; two submissions at once meet at the unique constraint, and the second
   * is told it was already answered.
   */
  async submit(
    taker: Taker,
    input: EvaluationResponseInput,
    channel: Channel,
  ): Promise<MyEvaluationResult> {
    try {
      return await this.db.transaction((tx) => this.store(tx, taker, input, channel));
    } catch (error) {
      if (isDoubleAnswer(error)) throw conflict('evaluation_already_answered');
      throw error;
    }
  }

  private async store(
    tx: EntityManager,
    taker: Taker,
    input: EvaluationResponseInput,
    channel: Channel,
  ): Promise<MyEvaluationResult> {
    const evaluation = await tx
      .getRepository(EvaluationEntity)
      .createQueryBuilder('ev')
      .setLock('pessimistic_read')
      .where('ev.id = :id', { id: taker.evaluationId })
      .getOne();
    if (!evaluation) throw notFound('evaluation');
    if (await this.response(tx, taker)) throw conflict('evaluation_already_answered');
    const now = this.clock.now();
    assertOpen(evaluation, now);
    const test =
      evaluation.kind === 'survey'
        ? null
        : scoreTest(evaluation.questions, input, evaluation.passMarkPercent);
    const survey =
      evaluation.kind === 'survey'
        ? readSurvey(
            expandRows(evaluation.items, await surveySubjects(tx, evaluation.eventId, now), 'en'),
            input,
          )
        : null;
    const [saved]: (ResponseRow & { id: string })[] = await tx.query(
      `INSERT INTO evaluation_responses
         (evaluation_id, event_id, kind, registration_id, submitted_at, channel, answers,
          score_percent, passed, rating_mean)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       RETURNING id, submitted_at, score_percent, passed`,
      [
        evaluation.id,
        evaluation.eventId,
        evaluation.kind,
        taker.registrationId,
        now,
        channel,
        JSON.stringify(input),
        test?.scorePercent ?? null,
        test?.passed ?? null,
        survey?.ratingMean ?? null,
      ],
    );
    if (survey && survey.ratings.length > 0) {
      await tx.query(
        `INSERT INTO survey_ratings (response_id, evaluation_id, item_id, session_id, trainer_id, rating)
         SELECT $1, $2, * FROM unnest($3::uuid[], $4::uuid[], $5::uuid[], $6::smallint[])`,
        [
          saved.id,
          evaluation.id,
          survey.ratings.map((r) => r.itemId),
          survey.ratings.map((r) => r.sessionId),
          survey.ratings.map((r) => r.trainerId),
          survey.ratings.map((r) => r.rating),
        ],
      );
    }
    return toResult(saved);
  }

  private async response(manager: EntityManager, taker: Taker): Promise<ResponseRow | null> {
    const [row]: ResponseRow[] = await manager.query(
      `SELECT submitted_at, score_percent, passed FROM evaluation_responses
        WHERE evaluation_id = $1 AND registration_id = $2`,
      [taker.evaluationId, taker.registrationId],
    );
    return row ?? null;
  }
}
