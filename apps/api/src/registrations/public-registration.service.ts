import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type publicRegistrationSchema,
  type Question,
  SELF_CANCEL_LOCKED_EVENT_STATUSES,
} from '@multaqa/contract';
import { DataSource, IsNull } from 'typeorm';
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
import { RegistrationSubmissionEntity } from './entities/registration-submission.entity.js';
import { RegistrationFlow } from './registration-flow.js';
import { closedReason } from './registration-window.js';
import { submitContext, type SubmitContext } from './submit-context.js';
import { cancelRegistration } from './registrations.service.js';

type PublicInput = z.output<typeof publicRegistrationSchema>;

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
   * Checks the form and writes it down for the registration-decisions worker, in one short
   * transaction that neither reads who the address belongs to nor takes the event's lock: the
   * answer is the same for every address and does not wait for the other submits. A repeated
   * submit (same submissionId) finds its row and writes nothing.
   */
  async register(eventId: string, input: PublicInput): Promise<{ submissionId: string }> {
    const db = this.db.manager;
    const context = await submitContext(db, eventId, input.institutionId, input.invitationCode);
    // Refusals in a fixed order: the event, the answers, the fields, the code.
    if (!context || context.event.status === 'draft' || context.event.status === 'cancelled')
      throw notFound('event');
    const reason = closedReason(context.event);
    if (reason) throw conflict(`registration_${reason === 'status' ? 'closed' : reason}`);
    const form = { ...input, answers: checkAnswers(context.questions, input.answers) };
    checkFieldValues(input);
    if (!context.institutionExists) throw invalidField('institutionId', 'unknown_institution');
    checkCode(context.mode, input.invitationCode, context.code);
    await db
      .createQueryBuilder()
      .insert()
      .into(RegistrationSubmissionEntity)
      .values({ eventId, submissionId: input.submissionId, form })
      .orIgnore()
      .execute();
    this.decisions.wake(eventId);
    return { submissionId: input.submissionId };
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
 * An unknown, revoked or expired code refuses the form; a used-up one does not (the worker
 * puts the person on the waiting list), so its uses are counted only when decided.
 */
function checkCode(
  mode: 'open' | 'invitation_only',
  code: string | undefined,
  found: SubmitContext['code'],
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
