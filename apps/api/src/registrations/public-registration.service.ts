import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type publicRegistrationSchema,
  type Question,
  SELF_CANCEL_LOCKED_EVENT_STATUSES,
} from '@multaqa/contract';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import type { z } from 'zod';
import type { SessionUser } from '../common/auth/current-user.js';
import { invalidField } from '../common/errors/checks.js';
import { conflict, notFound } from '../common/errors/domain.exception.js';
import { EventEntity } from '../events/entities/event.entity.js';
import { OutboxService } from '../notifications/outbox.service.js';
import { ParticipantEntity } from '../participants/participant.entity.js';
import { checkFieldValues, ParticipantsService } from '../participants/participants.service.js';
import { checkAnswers } from './answers.js';
import { lockEvent } from './capacity.js';
import { RegistrationEntity } from './entities/registration.entity.js';
import { myRegistration } from './my-registration.js';
import { RegistrationDecisions } from './registration-decisions.service.js';
import { RegistrationFlow } from './registration-flow.js';
import { closedReason } from './registration-window.js';
import { type InvitationCodeState, submitContext, type SubmitContext } from './submit-context.js';
import { cancelRegistration } from './registrations.service.js';

type PublicInput = z.output<typeof publicRegistrationSchema>;

interface Waiting {
  input: PublicInput;
  resolve: (receipt: { submissionId: string }) => void;
  reject: (error: unknown) => void;
}

export interface PublicForm {
  eventId: string;
  open: boolean;
  closedReason: string | null;
  mode: 'open' | 'invitation_only';
  questions: Question[];
}

/** Self-registration on the public page, and the participant's own portal. */
@Injectable()
export class PublicRegistrationService {
  private waiting = new Map<string, Waiting[]>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly flow: RegistrationFlow,
    private readonly participants: ParticipantsService,
    private readonly outbox: OutboxService,
    private readonly decisions: RegistrationDecisions,
  ) {}

  async form(eventId: string): Promise<PublicForm> {
    const event = await this.db.getRepository(EventEntity).findOneBy({ id: eventId });
    if (!event || event.status === 'draft' || event.status === 'cancelled') throw notFound('event');
    const settings = await this.flow.settings(this.db.manager, eventId);
    const reason = closedReason(event);
    return {
      eventId,
      open: reason === null,
      closedReason: reason,
      mode: settings.mode,
      questions: settings.questions,
    };
  }

  /**
   * Checks the form and writes it down for the registration-decisions worker, without reading
   * who the address belongs to or taking the event's lock: the answer is the same for every
   * address and does not wait for the other submits. A repeated submit (same submissionId)
   * finds its row and writes nothing.
   *
   * Submits to one event arriving in the same turn of the event loop share their statements:
   * one read of the event, its form and the institutions and codes they name, then one insert
   * of every form that passed, in arrival order. Each caller still gets its own answer.
   */
  register(eventId: string, input: PublicInput): Promise<{ submissionId: string }> {
    return new Promise((resolve, reject) => {
      if (this.waiting.size === 0) setImmediate(() => void this.flush());
      const submits = this.waiting.get(eventId) ?? [];
      submits.push({ input, resolve, reject });
      this.waiting.set(eventId, submits);
    });
  }

  private async flush(): Promise<void> {
    const batch = this.waiting;
    this.waiting = new Map();
    await Promise.all([...batch].map(([eventId, submits]) => this.submit(eventId, submits)));
  }

  private async submit(eventId: string, submits: Waiting[]): Promise<void> {
    try {
      const context = await submitContext(
        this.db.manager,
        eventId,
        [
          ...new Set(
            submits.flatMap((s) => (s.input.institutionId ? [s.input.institutionId] : [])),
          ),
        ],
        [
          ...new Set(
            submits.flatMap((s) => (s.input.invitationCode ? [s.input.invitationCode] : [])),
          ),
        ],
      );
      const passed: { submit: Waiting; form: PublicInput }[] = [];
      for (const submit of submits) {
        try {
          passed.push({ submit, form: checkSubmit(context, submit.input) });
        } catch (refusal) {
          submit.reject(refusal);
        }
      }
      if (passed.length === 0) return;
      try {
        await insertSubmissions(this.db.manager, eventId, passed);
        for (const { submit } of passed)
          submit.resolve({ submissionId: submit.input.submissionId });
      } catch {
        // One form the database refuses must not fail the others: each alone, with its own answer.
        for (const one of passed) {
          try {
            await insertSubmissions(this.db.manager, eventId, [one]);
            one.submit.resolve({ submissionId: one.submit.input.submissionId });
          } catch (error) {
            one.submit.reject(error);
          }
        }
      }
      this.decisions.wake(eventId);
    } catch (error) {
      // Callers already answered keep their answer: a promise settles once.
      for (const submit of submits) submit.reject(error);
    }
  }

  async mine(user: SessionUser) {
    const participant = await this.db
      .getRepository(ParticipantEntity)
      .findOneBy({ userId: user.id, mergedIntoId: IsNull() });
    if (!participant) return [];
    const registrations = await this.db
      .getRepository(RegistrationEntity)
      .find({ where: { participantId: participant.id }, order: { createdAt: 'DESC' } });
    return Promise.all(registrations.map((r) => myRegistration(this.db.manager, this.flow, r.id)));
  }

  async cancelMine(user: SessionUser, registrationId: string) {
    const emails = await this.db.transaction(async (tx) => {
      const registration = await tx
        .getRepository(RegistrationEntity)
        .findOne({ where: { id: registrationId }, relations: { participant: true } });
      if (!registration || registration.participant.userId !== user.id)
        throw notFound('registration');
      await lockEvent(tx, registration.eventId);
      const event = await tx
        .getRepository(EventEntity)
        .findOneByOrFail({ id: registration.eventId });
      if (SELF_CANCEL_LOCKED_EVENT_STATUSES.includes(event.status))
        throw conflict('registration_locked');
      const fresh = await tx
        .getRepository(RegistrationEntity)
        .findOneByOrFail({ id: registrationId });
      return cancelRegistration(tx, this.flow, event, fresh, null);
    });
    this.outbox.dispatch(emails);
    return myRegistration(this.db.manager, this.flow, registrationId);
  }
}

/**
 * The form as it is written down, or the refusal, in a fixed order: the event, the answers,
 * the fields, the institution, the code.
 */
function checkSubmit(context: SubmitContext | null, input: PublicInput): PublicInput {
  if (!context || context.event.status === 'draft' || context.event.status === 'cancelled')
    throw notFound('event');
  const reason = closedReason(context.event);
  if (reason) throw conflict(`registration_${reason === 'status' ? 'closed' : reason}`);
  const form = { ...input, answers: checkAnswers(context.questions, input.answers) };
  checkFieldValues(input);
  if (input.institutionId && !context.institutions.has(input.institutionId.toLowerCase()))
    throw invalidField('institutionId', 'unknown_institution');
  checkCode(
    context.mode,
    input.invitationCode,
    input.invitationCode ? context.codes.get(input.invitationCode) : undefined,
  );
  return form;
}

/** One statement for the batch's forms, in arrival order (the waiting list follows `id`). */
async function insertSubmissions(
  db: EntityManager,
  eventId: string,
  passed: { submit: Waiting; form: PublicInput }[],
): Promise<void> {
  await db.query(
    `INSERT INTO registration_submissions (event_id, submission_id, form)
     SELECT $1, (t.s->>'submissionId')::uuid, t.s->'form'
       FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS t(s, n)
      ORDER BY t.n
     ON CONFLICT (event_id, submission_id) DO NOTHING`,
    [
      eventId,
      JSON.stringify(
        passed.map((p) => ({ submissionId: p.submit.input.submissionId, form: p.form })),
      ),
    ],
  );
}

/**
 * An unknown, revoked or expired code refuses the form; a used-up one does not (the worker
 * puts the person on the waiting list), so its uses are counted only when decided.
 */
function checkCode(
  mode: 'open' | 'invitation_only',
  code: string | undefined,
  found: InvitationCodeState | undefined,
): void {
  if (!code) {
    if (mode === 'invitation_only')
      throw invalidField('invitationCode', 'invitation_code_required');
    return;
  }
  if (!found || found.revokedAt) throw invalidField('invitationCode', 'invitation_code_invalid');
  if (found.expiresAt && found.expiresAt <= new Date())
    throw invalidField('invitationCode', 'invitation_code_expired');
}
