import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  EvaluationResponseInput,
  EvaluationResults,
  Language,
  ParticipantTestResult,
  SurveyItemResult,
} from '@multaqa/contract';
import { DataSource } from 'typeorm';
import { loadEventFor } from '../common/access/events.js';
import type { SessionUser } from '../common/auth/current-user.js';
import { Clock } from '../common/clock/clock.js';
import { EvaluationEntity } from './entities/evaluation.entity.js';
import { expandRows, rowKey, surveySubjects } from './survey-rows.js';

const round2 = (value: number) => Math.round(value * 100) / 100;
const mean = (values: number[]) =>
  values.length > 0 ? round2(values.reduce((a, b) => a + b, 0) / values.length) : null;

interface PersonRow {
  registration_id: string;
  participant_id: string;
  full_name_ar: string;
  full_name_latin: string;
  institution_id: string | null;
  institution_name: Record<string, string> | null;
  institution_country: string | null;
}

/**
 * An event's results for its staff: each approved participant's pre and post scores, the
 * cohort's means, and the survey per item and subject with its comments, without names.
 */
@Injectable()
export class EvaluationResultsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  async results(
    eventId: string,
    user: SessionUser,
    language: Language,
  ): Promise<EvaluationResults> {
    const manager = this.db.manager;
    // The event's staff see its registrations, and so the names of its people.
    const event = await loadEventFor(manager, eventId, user);
    const [people, scores, survey] = await Promise.all([
      manager.query(
        `SELECT r.id AS registration_id, p.id AS participant_id, p.full_name_ar, p.full_name_latin,
                i.id AS institution_id, i.name AS institution_name, i.country_code AS institution_country
           FROM registrations r JOIN participants p ON p.id = r.participant_id
           LEFT JOIN institutions i ON i.id = p.institution_id
          WHERE r.event_id = $1 AND r.status = 'approved'
          ORDER BY coalesce(nullif(p.full_name_latin, ''), p.full_name_ar), p.id`,
        [event.id],
      ) as Promise<PersonRow[]>,
      manager.query(
        `SELECT registration_id, kind, score_percent, passed FROM evaluation_responses
          WHERE event_id = $1 AND kind IN ('pre_test', 'post_test')`,
        [event.id],
      ) as Promise<
        { registration_id: string; kind: string; score_percent: string; passed: boolean }[]
      >,
      manager.getRepository(EvaluationEntity).findOneBy({ eventId: event.id, kind: 'survey' }),
    ]);
    const pre = new Map<string, number>();
    const post = new Map<string, { percent: number; passed: boolean }>();
    for (const s of scores) {
      if (s.kind === 'pre_test') pre.set(s.registration_id, Number(s.score_percent));
      else post.set(s.registration_id, { percent: Number(s.score_percent), passed: s.passed });
    }
    const participants: ParticipantTestResult[] = people.map((p) => {
      const before = pre.get(p.registration_id) ?? null;
      const after = post.get(p.registration_id) ?? null;
      return {
        registrationId: p.registration_id,
        participantId: p.participant_id,
        fullNameAr: p.full_name_ar,
        fullNameLatin: p.full_name_latin,
        institution: p.institution_id
          ? {
              id: p.institution_id,
              name: p.institution_name ?? {},
              countryCode: p.institution_country ?? '',
            }
          : null,
        prePercent: before,
        postPercent: after?.percent ?? null,
        gainPoints: before !== null && after ? round2(after.percent - before) : null,
        postPassed: after?.passed ?? null,
      };
    });
    const taken = (key: 'prePercent' | 'postPercent') =>
      participants.flatMap((p) => (p[key] === null ? [] : [p[key]]));
    const gains = participants.flatMap((p) => (p.gainPoints === null ? [] : [p.gainPoints]));
    const postTakers = participants.filter((p) => p.postPassed !== null);
    const surveyPart = survey
      ? await this.survey(survey, new Set(people.map((p) => p.registration_id)), language)
      : { responses: 0, satisfactionMean: null, items: [], comments: [] };
    return {
      cohort: {
        approved: people.length,
        preTaken: taken('prePercent').length,
        postTaken: postTakers.length,
        preMeanPercent: mean(taken('prePercent')),
        postMeanPercent: mean(taken('postPercent')),
        gainPoints: mean(gains),
        passRatePercent:
          postTakers.length > 0
            ? round2((postTakers.filter((p) => p.postPassed).length / postTakers.length) * 100)
            : null,
        surveyResponses: surveyPart.responses,
        satisfactionMean: surveyPart.satisfactionMean,
      },
      participants,
      survey: surveyPart.items,
      comments: surveyPart.comments,
    };
  }

  /** Ratings per item and subject, and the text answers, of the approved registrations. */
  private async survey(
    survey: EvaluationEntity,
    approved: Set<string>,
    language: Language,
  ): Promise<{
    responses: number;
    satisfactionMean: number | null;
    items: SurveyItemResult[];
    comments: EvaluationResults['comments'];
  }> {
    const manager = this.db.manager;
    const [responses, ratings, subjects] = await Promise.all([
      manager.query(
        `SELECT id, registration_id, answers FROM evaluation_responses
          WHERE evaluation_id = $1 ORDER BY submitted_at, id`,
        [survey.id],
      ) as Promise<{ id: string; registration_id: string; answers: EvaluationResponseInput }[]>,
      manager.query(
        `SELECT sr.item_id, sr.session_id, sr.trainer_id, sr.rating, resp.registration_id
           FROM survey_ratings sr JOIN evaluation_responses resp ON resp.id = sr.response_id
          WHERE sr.evaluation_id = $1`,
        [survey.id],
      ) as Promise<
        {
          item_id: string;
          session_id: string | null;
          trainer_id: string | null;
          rating: number;
          registration_id: string;
        }[]
      >,
      surveySubjects(manager, survey.eventId, this.clock.now()),
    ]);
    const counted = responses.filter((r) => approved.has(r.registration_id));
    const countedRatings = ratings.filter((r) => approved.has(r.registration_id));
    const rows = expandRows(survey.items, subjects, language);
    const subjectOf = new Map(rows.map((row) => [rowKey(row), row.subject]));
    const byKey = new Map<string, number[]>();
    for (const r of countedRatings) {
      const key = rowKey({ itemId: r.item_id, sessionId: r.session_id, trainerId: r.trainer_id });
      byKey.set(key, [...(byKey.get(key) ?? []), r.rating]);
    }
    const items: SurveyItemResult[] = rows
      .filter((row) => row.type === 'likert')
      .map((row) => {
        const values = byKey.get(rowKey(row)) ?? [];
        return {
          itemId: row.itemId,
          prompt: row.prompt,
          scope: row.scope,
          sessionId: row.sessionId,
          trainerId: row.trainerId,
          subject: row.subject,
          count: values.length,
          mean: mean(values),
          distribution: [1, 2, 3, 4, 5].map((n) => values.filter((v) => v === n).length),
        };
      });
    const comments = counted.flatMap((response) =>
      response.answers.survey.flatMap((answer) =>
        answer.text
          ? [
              {
                itemId: answer.itemId,
                subject: subjectOf.get(rowKey(answer)) ?? null,
                text: answer.text,
              },
            ]
          : [],
      ),
    );
    return {
      responses: counted.length,
      satisfactionMean: mean(countedRatings.map((r) => r.rating)),
      items,
      comments,
    };
  }
}
