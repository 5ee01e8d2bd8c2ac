import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, IsNull, Not } from 'typeorm';
import { DomainException } from '../common/errors/domain.exception.js';
import { EventEntity } from '../events/entities/event.entity.js';
import { JobsService } from '../jobs/jobs.service.js';
import { OutboxService } from '../notifications/outbox.service.js';
import { ParticipantEntity } from '../participants/participant.entity.js';
import { ParticipantsService } from '../participants/participants.service.js';
import { UserEntity } from '../users/user.entity.js';
import { InvitationCodeEntity } from './entities/invitation-code.entity.js';
import type { RegistrationSettingsEntity } from './entities/registration-settings.entity.js';
import { RegistrationConfirmationEntity } from './entities/registration-confirmation.entity.js';
import type { SubmittedForm } from './entities/registration-submission.entity.js';
import { RegistrationEntity } from './entities/registration.entity.js';
import { personName } from '../participants/person-name.js';
import { RegistrationConfirmations } from './registration-confirmations.service.js';
import { RegistrationFlow } from './registration-flow.js';
import { registerNewcomers } from './newcomers.js';

const QUEUE = 'registration-decisions';
/** Submissions decided per transaction: enough to pay the event's lock once for many. */
export const DECISION_BATCH = 100;

interface Pending {
  id: string;
  submissionId: string;
  form: SubmittedForm;
}

/**
 * Decides the public form's submissions in the background: per event, in arrival order, a
 * batch per transaction under the event's row lock, so places, quotas and the waiting list
 * are decided one event at a time without a thousand requests queueing on that lock. Which
 * case an address is (new, has an account, already registered) is learned only here and only
 * told by email.
 */
@Injectable()
export class RegistrationDecisions implements OnApplicationBootstrap {
  private readonly logger = new Logger('RegistrationDecisions');
  private readonly waking = new Map<string, { again: boolean }>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jobs: JobsService,
    private readonly flow: RegistrationFlow,
    private readonly participants: ParticipantsService,
    private readonly outbox: OutboxService,
    private readonly confirmations: RegistrationConfirmations,
  ) {
    // `stately`: at most one job waiting and one running per event, so a burst of submits
    // queues one job, and a submit arriving while the worker runs still gets one after it.
    jobs.register<{ eventId: string }>({
      name: QUEUE,
      queue: { policy: 'stately', retryLimit: 10, retryDelay: 1 },
      handler: async (batch) => {
        for (const job of batch) await this.drain(job.data.eventId);
      },
    });
  }

  /**
   * Submissions left without a job (the queue was unreachable after their commit, or the
   * process stopped) are picked up again at start. Not awaited: the boss starts in a hook of
   * its own, which may come after this one.
   */
  async onApplicationBootstrap(): Promise<void> {
    const events = (await this.db.query(
      'SELECT DISTINCT event_id AS "eventId" FROM registration_submissions WHERE failed_at IS NULL',
    )) as { eventId: string }[];
    for (const { eventId } of events) this.wake(eventId);
  }

  /**
   * Asks for the event's pending submissions to be decided, without making the caller wait.
   * Submits arriving while a job is being queued share one more queueing, started after they
   * committed, so a burst of a thousand costs a few sends, and none is left without a job.
   */
  wake(eventId: string): void {
    const waking = this.waking.get(eventId);
    if (waking) {
      waking.again = true;
      return;
    }
    const state = { again: false };
    this.waking.set(eventId, state);
    void (async () => {
      do {
        state.again = false;
        await this.queue(eventId);
      } while (state.again);
      this.waking.delete(eventId);
    })();
  }

  /** The submission is already written: if the queue cannot be reached, the next start retries. */
  private async queue(eventId: string): Promise<void> {
    try {
      await this.jobs.send(QUEUE, { eventId }, { singletonKey: eventId });
    } catch (error) {
      this.logger.error(`Could not queue the decisions of event ${eventId}`, error);
    }
  }

  /** Decides batches until the event has no pending submission left. */
  async drain(eventId: string): Promise<void> {
    for (;;) {
      const { emails, more } = await this.db.transaction((tx) => this.decideBatch(tx, eventId));
      this.outbox.dispatch(emails);
      if (!more) return;
    }
  }

  private async decideBatch(tx: EntityManager, eventId: string) {
    const pending = (await tx.query(
      `SELECT id, submission_id AS "submissionId", form FROM registration_submissions
        WHERE event_id = $1 AND failed_at IS NULL ORDER BY id LIMIT $2`,
      [eventId, DECISION_BATCH],
    )) as Pending[];
    if (pending.length === 0) return { emails: [], more: false };
    // The confirmation link takes an address's lock before the event's: taking the batch's
    // address locks first, in one order, keeps the two from deadlocking.
    await tx.query(
      `SELECT count(pg_advisory_xact_lock(k)) FROM
         (SELECT DISTINCT hashtext('registration:' || e) AS k FROM unnest($1::text[]) e ORDER BY k) s`,
      [pending.map((p) => p.form.email)],
    );
    const event = await tx
      .getRepository(EventEntity)
      .createQueryBuilder('e')
      .setLock('pessimistic_write')
      .where('e.id = :eventId', { eventId })
      .getOne();
    // Rows another run of this worker decided while this one waited for the locks.
    const left = new Set(
      (
        (await tx.query(`SELECT id FROM registration_submissions WHERE id = ANY($1::bigint[])`, [
          pending.map((p) => p.id),
        ])) as { id: string }[]
      ).map((r) => r.id),
    );
    const emails: string[] = [];
    const failed = new Map<string, string>();
    if (event && event.status !== 'cancelled') {
      const settings = await this.flow.settings(tx, eventId);
      const todo = pending.filter((p) => left.has(p.id));
      const addresses = [...new Set(todo.map((p) => p.form.email))];
      // The lock participants.insert takes for an address, here for the whole batch at once.
      await tx.query(
        `SELECT count(pg_advisory_xact_lock(k)) FROM
           (SELECT DISTINCT hashtext('participants:' || e) AS k FROM unnest($1::text[]) e ORDER BY k) s`,
        [addresses],
      );
      const repeats = new Set(
        (
          (await tx.query(
            `SELECT submission_id AS id FROM registration_confirmations
              WHERE event_id = $1 AND submission_id = ANY($2::uuid[])`,
            [eventId, todo.map((p) => p.submissionId)],
          )) as { id: string }[]
        ).map((r) => r.id),
      );
      const known = new Set(
        (
          (await tx.query(
            `SELECT email FROM users WHERE email = ANY($1::text[])
             UNION SELECT email FROM participants
              WHERE email = ANY($1::text[]) AND merged_into_id IS NULL`,
            [addresses],
          )) as { email: string }[]
        ).map((r) => r.email),
      );
      // New addresses without a code, the common case under load, are registered together;
      // anyone else goes through decide() one by one, after the run before them is written.
      const alone = async (submission: Pending) =>
        emails.push(
          ...(await this.inSavepoint(tx, submission, failed, () =>
            this.decide(tx, event, settings, submission),
          )),
        );
      let run: Pending[] = [];
      const flush = async () => {
        const together = run;
        run = [];
        if (together.length === 0) return;
        await tx.query('SAVEPOINT newcomers');
        try {
          emails.push(
            ...(await registerNewcomers(tx, event, settings, together, {
              flow: this.flow,
              confirmations: this.confirmations,
              outbox: this.outbox,
            })),
          );
          await tx.query('RELEASE SAVEPOINT newcomers');
        } catch {
          // One bad form must not sink the run: the same people, one at a time.
          await tx.query('ROLLBACK TO SAVEPOINT newcomers');
          for (const submission of together) await alone(submission);
        }
      };
      for (const submission of todo) {
        if (repeats.has(submission.submissionId)) continue;
        const { email, invitationCode } = submission.form;
        if (!invitationCode && !known.has(email)) {
          known.add(email);
          run.push(submission);
          continue;
        }
        known.add(email);
        await flush();
        await alone(submission);
      }
      await flush();
    }
    await tx.query(`DELETE FROM registration_submissions WHERE id = ANY($1::bigint[])`, [
      pending.filter((p) => !failed.has(p.id)).map((p) => p.id),
    ]);
    for (const [id, failure] of failed) {
      await tx.query(
        `UPDATE registration_submissions SET failed_at = now(), failure = $2 WHERE id = $1`,
        [id, failure],
      );
    }
    return { emails, more: pending.length === DECISION_BATCH };
  }

  /**
   * A form that cannot be decided any more (its institution was deleted since, say) must not
   * hold up the others: it is set aside with the reason (nothing is lost) and logged by its id.
   */
  private async inSavepoint(
    tx: EntityManager,
    submission: Pending,
    failed: Map<string, string>,
    work: () => Promise<string[]>,
  ): Promise<string[]> {
    await tx.query('SAVEPOINT decision');
    try {
      const emails = await work();
      await tx.query('RELEASE SAVEPOINT decision');
      return emails;
    } catch (error) {
      await tx.query('ROLLBACK TO SAVEPOINT decision');
      failed.set(submission.id, failureOf(error));
      this.logger.warn(`Submission ${submission.submissionId} set aside, undecided`);
      return [];
    }
  }

  /** One submission, under the event's lock; returns the outbox ids to dispatch. */
  private async decide(
    tx: EntityManager,
    event: EventEntity,
    settings: RegistrationSettingsEntity,
    { submissionId, form }: Pending,
  ): Promise<string[]> {
    const repeat = await tx
      .getRepository(RegistrationConfirmationEntity)
      .existsBy({ eventId: event.id, submissionId });
    if (repeat) return [];
    const fields = {
      fullNameAr: form.fullNameAr,
      fullNameLatin: form.fullNameLatin,
      gender: form.gender,
      nationality: form.nationality,
      institutionId: form.institutionId,
      position: form.position,
      email: form.email,
      phone: form.phone,
      preferredLanguage: form.preferredLanguage,
    };
    // A code's use is counted whoever the address belongs to: otherwise a code's last use
    // would tell an address that has an account from one that has not.
    const code = await this.useCode(tx, event.id, form.invitationCode);
    const invitationCodeId = code && !code.usedUp ? code.id : null;
    const institutionId = code?.institutionId ?? form.institutionId;
    const account = await tx.getRepository(UserEntity).findOneBy({ email: form.email });
    const known = await tx
      .getRepository(ParticipantEntity)
      .findOneBy({ email: form.email, mergedIntoId: IsNull() });
    const active =
      known &&
      (await tx.getRepository(RegistrationEntity).existsBy({
        eventId: event.id,
        participantId: known.id,
        status: Not('cancelled'),
      }));
    if (active) return this.confirmations.alreadyRegistered(tx, event, known, submissionId);
    // A record kept without an institution takes the one picked on the form, so the decision
    // counts it in that institution's quota; one already set is not changed by an anonymous form.
    if (known && !known.institutionId && institutionId) {
      await tx.getRepository(ParticipantEntity).update({ id: known.id }, { institutionId });
      known.institutionId = institutionId;
    }
    if (account || known?.userId) {
      return this.confirmations.askOwner(tx, event, form, {
        name: account?.fullName ?? (known ? personName(known, known.preferredLanguage) : ''),
        language: account?.preferredLanguage ?? known?.preferredLanguage ?? 'ar',
        details: {
          ...fields,
          institutionId,
          proposedInstitution: form.proposedInstitution ?? null,
          answers: form.answers,
          invitationCodeId,
          codeUsedUp: code?.usedUp ?? false,
        },
      });
    }
    const participant =
      known ??
      (await this.participants.insert(tx, { ...fields, institutionId }, null, {
        allowDuplicate: true,
      }));
    const sent = await this.confirmations.confirmAddress(tx, event, participant, submissionId);
    const result = await this.flow.submit(
      tx,
      {
        event,
        participant,
        source: code ? 'invitation' : 'online',
        answers: form.answers,
        invitationCodeId,
        submissionId,
        codeUsedUp: code?.usedUp,
        proposedInstitution: form.proposedInstitution ?? null,
      },
      settings,
    );
    return [...sent, ...result.emails];
  }

  /** Counts one use of the code, unless it is used up (the person then waits for a place). */
  private async useCode(tx: EntityManager, eventId: string, code: string | undefined) {
    if (!code) return null;
    const found = await tx
      .getRepository(InvitationCodeEntity)
      .createQueryBuilder('c')
      .setLock('pessimistic_write')
      .where('c.code = :code AND c.event_id = :eventId', { code, eventId })
      .getOne();
    if (!found) return null;
    const usedUp = found.uses >= found.maxUses;
    if (!usedUp)
      await tx.getRepository(InvitationCodeEntity).increment({ id: found.id }, 'uses', 1);
    return { id: found.id, institutionId: found.institutionId, usedUp };
  }
}

/**
 * What staff read about a set-aside submission: a domain error's code and parameters (shown
 * translated), or anything else as the code `decision_failed` with its text.
 */
export function failureOf(error: unknown): string {
  if (error instanceof DomainException) {
    return JSON.stringify({ code: error.code, params: error.params, fields: error.fields });
  }
  return JSON.stringify({
    code: 'decision_failed',
    params: { detail: error instanceof Error ? error.message : String(error) },
  });
}
