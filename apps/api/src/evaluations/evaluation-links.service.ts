import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type EvaluationKind, type Language, pickLocalized } from '@multaqa/contract';
import { DataSource } from 'typeorm';
import { loadEventFor } from '../common/access/events.js';
import type { SessionUser } from '../common/auth/current-user.js';
import { Clock } from '../common/clock/clock.js';
import { notFound, unprocessable } from '../common/errors/domain.exception.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { publicBaseUrl } from '../config/public-url.js';
import { type OutgoingEmail, OutboxService } from '../notifications/outbox.service.js';
import { assertEvaluationsWritable, lockEvaluation } from './evaluation-setup.service.js';
import { evaluationState } from './evaluation-state.js';
import type { Taker } from './evaluation-taking.service.js';
import { personName } from '../participants/person-name.js';

const hashToken = (token: string) => createHash('sha256').update(token, 'utf8').digest();

/** 32 random bytes in base64url: 43 characters. Anything else cannot be a link of ours. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

const KIND_WORDS: Record<Language, Record<EvaluationKind, string>> = {
  en: { pre_test: 'pre-test', post_test: 'post-test', survey: 'satisfaction survey' },
  fr: {
    pre_test: 'test initial',
    post_test: 'test final',
    survey: 'questionnaire de satisfaction',
  },
  ar: { pre_test: 'الاختبار القبلي', post_test: 'الاختبار البعدي', survey: 'استبيان الرضا' },
};

const LOCALES: Record<Language, string> = { en: 'en-GB', fr: 'fr-FR', ar: 'ar' };

/**
 * Personal links by email, for participants who have no account yet: a fresh random token per
 * registration (only its hash is kept, so a new invitation replaces the old link), in the
 * participant's language.
 */
@Injectable()
export class EvaluationLinksService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  async invite(
    eventId: string,
    kind: EvaluationKind,
    user: SessionUser,
  ): Promise<{ sent: number }> {
    const base = publicBaseUrl(this.config);
    const ids = await this.db.transaction(async (tx) => {
      const event = await loadEventFor(tx, eventId, user);
      assertEvaluationsWritable(event);
      const evaluation = await lockEvaluation(tx, eventId, kind);
      if (!evaluation) throw notFound('evaluation');
      const now = this.clock.now();
      if (evaluationState(evaluation, now) === 'closed') throw unprocessable('evaluation_closed');
      const people: {
        registration_id: string;
        email: string;
        language: Language;
        full_name_ar: string;
        full_name_latin: string;
      }[] = await tx.query(
        `SELECT r.id AS registration_id, p.email, p.preferred_language AS language,
                p.full_name_ar, p.full_name_latin
           FROM registrations r JOIN participants p ON p.id = r.participant_id
          WHERE r.event_id = $1 AND r.status = 'approved' AND p.email IS NOT NULL
            AND NOT EXISTS (SELECT 1 FROM evaluation_responses resp
                             WHERE resp.evaluation_id = $2 AND resp.registration_id = r.id)
          ORDER BY r.id`,
        [eventId, evaluation.id],
      );
      const tokens = people.map(() => randomBytes(32).toString('base64url'));
      await tx.query(
        `INSERT INTO evaluation_links (evaluation_id, registration_id, token_hash)
         SELECT $1, * FROM unnest($2::uuid[], $3::bytea[])
         ON CONFLICT (evaluation_id, registration_id)
         DO UPDATE SET token_hash = EXCLUDED.token_hash, created_at = now()`,
        [evaluation.id, people.map((p) => p.registration_id), tokens.map(hashToken)],
      );
      const emails: OutgoingEmail[] = people.map((person, i) => {
        const language = person.language;
        const closes = new Intl.DateTimeFormat(LOCALES[language], {
          dateStyle: 'long',
          timeStyle: 'short',
          timeZone: event.timeZone,
        }).format(evaluation.closesAt);
        return {
          to: person.email,
          language,
          template: 'evaluation_invitation',
          params: {
            name: personName(
              { fullNameAr: person.full_name_ar, fullNameLatin: person.full_name_latin },
              language,
            ),
            event: pickLocalized(event.title, language),
            what: KIND_WORDS[language][kind],
            closes,
            link: `${base}/evaluate/${tokens[i]}`,
            portalUrl: `${base}/my`,
          },
        };
      });
      evaluation.invitedAt = now;
      await tx.save(evaluation);
      return this.outbox.enqueueMany(tx, emails);
    });
    this.outbox.dispatch(ids);
    return { sent: ids.length };
  }

  /** The registration and evaluation a link stands for; the same 404 for anything unknown. */
  async taker(token: string): Promise<Taker> {
    if (!TOKEN_PATTERN.test(token)) throw notFound('evaluation');
    const [row]: { evaluation_id: string; registration_id: string }[] = await this.db.query(
      `SELECT l.evaluation_id, l.registration_id FROM evaluation_links l
         JOIN registrations r ON r.id = l.registration_id AND r.status = 'approved'
        WHERE l.token_hash = $1`,
      [hashToken(token)],
    );
    if (!row) throw notFound('evaluation');
    return { evaluationId: row.evaluation_id, registrationId: row.registration_id };
  }
}
