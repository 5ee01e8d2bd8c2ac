import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type publicRegistrationSchema, type Question } from '@multaqa/contract';
import { DataSource, type EntityManager, IsNull, Not } from 'typeorm';
import type { z } from 'zod';
import type { SessionUser } from '../common/auth/current-user.js';
import { invalidField } from '../common/errors/checks.js';
import { conflict, notFound } from '../common/errors/domain.exception.js';
import { EventEntity } from '../events/entities/event.entity.js';
import { OutboxService } from '../notifications/outbox.service.js';
import { ParticipantEntity } from '../participants/participant.entity.js';
import { ParticipantsService } from '../participants/participants.service.js';
import { UserEntity } from '../users/user.entity.js';
import { checkAnswers } from './answers.js';
import { lockEvent } from './capacity.js';
import { InvitationCodeEntity } from './entities/invitation-code.entity.js';
import { RegistrationConfirmationEntity } from './entities/registration-confirmation.entity.js';
import { RegistrationEntity } from './entities/registration.entity.js';
import { myRegistration } from './my-registration.js';
import { personName, RegistrationConfirmations } from './registration-confirmations.service.js';
import { RegistrationFlow } from './registration-flow.js';
import { closedReason, openEvent } from './registration-window.js';
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
    private readonly confirmations: RegistrationConfirmations,
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
   * Answers the same whoever the address belongs to: what differs goes into the email. No
   * password is read or hashed here, so the form can neither test one nor be slowed by it.
   */
  async register(eventId: string, input: PublicInput): Promise<{ submissionId: string }> {
    const emails = await this.db.transaction((tx) => this.submit(tx, eventId, input));
    this.outbox.dispatch(emails);
    return { submissionId: input.submissionId };
  }

  /** The submit itself, in the caller's transaction; returns the outbox ids to dispatch. */
  private async submit(tx: EntityManager, eventId: string, input: PublicInput) {
    // One address at a time: a double tap (or the same person on two devices) waits here for
    // the first submit to commit, then finds it instead of racing it.
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`registration:${input.email}`]);
    const repeat = await tx
      .getRepository(RegistrationConfirmationEntity)
      .existsBy({ eventId, submissionId: input.submissionId });
    if (repeat) return [];
    const before = await openEvent(tx, eventId);
    // Everything the form can be refused for is checked first, the same way for every address.
    const settings = await this.flow.settings(tx, eventId);
    const answers = checkAnswers(settings.questions, input.answers);
    const fields = {
      fullNameAr: input.fullNameAr,
      fullNameLatin: input.fullNameLatin,
      gender: input.gender,
      nationality: input.nationality,
      institutionId: input.institutionId,
      position: input.position,
      email: input.email,
      phone: input.phone,
      preferredLanguage: input.preferredLanguage,
    };
    await this.participants.checkFields(tx, fields);
    // A code's use is counted whoever the address belongs to: otherwise a code's last use
    // would tell an address that has an account from one that has not.
    const code = await this.useCode(tx, before, settings.mode, input.invitationCode);
    const account = await tx.getRepository(UserEntity).findOneBy({ email: input.email });
    const known = await tx
      .getRepository(ParticipantEntity)
      .findOneBy({ email: input.email, mergedIntoId: IsNull() });
    const active =
      known &&
      (await tx.getRepository(RegistrationEntity).findOneBy({
        eventId,
        participantId: known.id,
        status: Not('cancelled'),
      }));
    if (active) {
      await this.queueLikeANewcomer(tx, eventId);
      return this.confirmations.alreadyRegistered(tx, before, known, input.submissionId);
    }
    if (account || known?.userId) {
      await this.queueLikeANewcomer(tx, eventId);
      return this.confirmations.askOwner(tx, before, input, {
        name: account?.fullName ?? (known ? personName(known) : ''),
        language: account?.preferredLanguage ?? known?.preferredLanguage ?? 'ar',
        details: {
          ...fields,
          institutionId: code?.institutionId ?? input.institutionId,
          answers,
          invitationCodeId: code?.id ?? null,
        },
      });
    }
    // A new address: the person is written first and the event's lock is taken only for the
    // decision about the place, so a thousand people at once wait as little as possible.
    const participant =
      known ??
      (await this.participants.insert(
        tx,
        { ...fields, institutionId: code?.institutionId ?? input.institutionId },
        null,
        { allowDuplicate: true },
      ));
    const sent = await this.confirmations.confirmAddress(
      tx,
      before,
      participant,
      input.submissionId,
    );
    // Under the lock only the decision: every round trip here is one more for everyone
    // queued behind it.
    const event = await openEvent(tx, eventId, { lock: true });
    const result = await this.flow.submit(
      tx,
      {
        event,
        participant,
        source: code ? 'invitation' : 'online',
        answers,
        invitationCodeId: code?.id ?? null,
        submissionId: input.submissionId,
      },
      settings,
    );
    return [...sent, ...result.emails];
  }

  /**
   * Queues behind the event's lock like a new registration does, so the time the answer
   * takes under load does not tell the cases apart either.
   */
  private async queueLikeANewcomer(tx: EntityManager, eventId: string) {
    await openEvent(tx, eventId, { lock: true });
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
      if (['in_progress', 'completed', 'archived'].includes(event.status))
        throw conflict('registration_locked');
      const fresh = await tx
        .getRepository(RegistrationEntity)
        .findOneByOrFail({ id: registrationId });
      return cancelRegistration(tx, this.flow, event, fresh, null);
    });
    this.outbox.dispatch(emails);
    return myRegistration(this.db.manager, this.flow, registrationId);
  }

  /** Checks an invitation code and counts one use of it, under its row lock. */
  private async useCode(
    tx: EntityManager,
    event: EventEntity,
    mode: 'open' | 'invitation_only',
    code: string | undefined,
  ): Promise<InvitationCodeEntity | null> {
    if (!code) {
      if (mode === 'invitation_only')
        throw invalidField('invitationCode', 'invitation_code_required');
      return null;
    }
    const found = await tx
      .getRepository(InvitationCodeEntity)
      .createQueryBuilder('c')
      .setLock('pessimistic_write')
      .where('c.code = :code AND c.event_id = :event', { code, event: event.id })
      .getOne();
    if (!found || found.revokedAt) throw invalidField('invitationCode', 'invitation_code_invalid');
    if (found.expiresAt && found.expiresAt <= new Date())
      throw invalidField('invitationCode', 'invitation_code_expired');
    if (found.uses >= found.maxUses)
      throw invalidField('invitationCode', 'invitation_code_used_up');
    await tx.getRepository(InvitationCodeEntity).increment({ id: found.id }, 'uses', 1);
    return found;
  }
}
