import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type Language,
  type publicRegistrationSchema,
  type Question,
  type RegistrationStatus,
} from '@multaqa/contract';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import type { z } from 'zod';
import type { SessionUser } from '../common/auth/current-user.js';
import { invalidField } from '../common/errors/checks.js';
import { conflict, notFound } from '../common/errors/domain.exception.js';
import { EventEntity } from '../events/entities/event.entity.js';
import { OutboxService } from '../notifications/outbox.service.js';
import { ParticipantEntity } from '../participants/participant.entity.js';
import { ParticipantsService } from '../participants/participants.service.js';
import { hashPassword, verifyPassword } from '../users/passwords.js';
import { issueToken } from '../users/user-tokens.js';
import { UserEntity } from '../users/user.entity.js';
import { checkAnswers } from './answers.js';
import { lockEvent } from './capacity.js';
import { InvitationCodeEntity } from './entities/invitation-code.entity.js';
import { RegistrationEntity } from './entities/registration.entity.js';
import { RegistrationFlow } from './registration-flow.js';
import { cancelRegistration } from './registrations.service.js';

type PublicInput = z.output<typeof publicRegistrationSchema>;

export interface PublicForm {
  eventId: string;
  open: boolean;
  closedReason: string | null;
  mode: 'open' | 'invitation_only';
  questions: Question[];
}

/** Why a public registration is refused right now, or null when it is open. */
function closedReason(event: EventEntity, now = new Date()): string | null {
  if (event.status !== 'registration_open') return 'status';
  if (event.registrationOpensAt && now < event.registrationOpensAt) return 'not_open_yet';
  if (event.registrationClosesAt && now >= event.registrationClosesAt) return 'closed';
  return null;
}

/** Self-registration on the public page, and the participant's own portal. */
@Injectable()
export class PublicRegistrationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly flow: RegistrationFlow,
    private readonly participants: ParticipantsService,
    private readonly outbox: OutboxService,
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

  async register(eventId: string, input: PublicInput) {
    // Password hashing is slow on purpose: do it before taking the event's lock.
    const existingUser = await this.db.getRepository(UserEntity).findOneBy({ email: input.email });
    if (existingUser && !(await verifyPassword(existingUser.passwordHash, input.password))) {
      throw invalidField('email', 'email_taken_other_person');
    }
    const passwordHash = existingUser ? null : await hashPassword(input.password);

    const { mine, emails, repeated } = await this.db.transaction(async (tx) => {
      const outcome = await this.submit(tx, eventId, input, passwordHash);
      // Read back before commit: afterwards this request would wait for a connection behind
      // every other submit still in the pool's queue.
      return { ...outcome, mine: await this.mineOne(outcome.registration.id, tx) };
    });
    this.outbox.dispatch(emails);
    return { ...mine, repeated };
  }

  /** The registration itself, in the caller's transaction. */
  private async submit(
    tx: EntityManager,
    eventId: string,
    input: PublicInput,
    passwordHash: string | null,
  ) {
    // The person and their account are written first; the event's lock is taken only for
    // the decision about the place, so a thousand people at once wait as little as possible.
    // One person at a time: a double tap (or the same person on two devices) waits here for
    // the first submit to commit, then finds its registration instead of racing it.
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`registration:${input.email}`]);
    const before = await this.openEvent(tx, eventId, input.submissionId);
    if (before.repeat) return { registration: before.repeat, emails: [], repeated: true };
    const settings = await this.flow.settings(tx, eventId);
    const answers = checkAnswers(settings.questions, input.answers);
    const sent: string[] = [];
    const code = await this.useCode(tx, before.event, settings.mode, input.invitationCode);
    const { user, created } = await this.account(tx, input, passwordHash);
    let participant = await tx.getRepository(ParticipantEntity).findOne({
      where: [
        { userId: user.id, mergedIntoId: IsNull() },
        { email: input.email, mergedIntoId: IsNull() },
      ],
    });
    // Someone who registered before is the same participant; a new person is entered as
    // given, and coordinators merge any likely duplicate later.
    participant ??= await this.participants.insert(
      tx,
      {
        fullNameAr: input.fullNameAr,
        fullNameLatin: input.fullNameLatin,
        gender: input.gender,
        nationality: input.nationality,
        institutionId: code?.institutionId ?? input.institutionId,
        position: input.position,
        email: input.email,
        phone: input.phone,
        preferredLanguage: input.preferredLanguage,
      },
      null,
      { allowDuplicate: true },
    );
    if (!participant.userId) {
      await tx.getRepository(ParticipantEntity).update({ id: participant.id }, { userId: user.id });
      participant.userId = user.id;
    }
    if (created) {
      const token = await issueToken(tx, user.id, 'confirm_email');
      sent.push(
        await this.outbox.enqueue(tx, {
          to: user.email,
          language: input.preferredLanguage,
          template: 'confirm_email',
          params: {
            name: input.fullNameAr || input.fullNameLatin,
            link: `${this.flow.publicUrl()}/account/confirm?token=${token}`,
          },
        }),
      );
    }
    await lockEvent(tx, eventId);
    const { event, repeat } = await this.openEvent(tx, eventId, input.submissionId);
    if (repeat) return { registration: repeat, emails: [], repeated: true };
    const result = await this.flow.submit(tx, {
      event,
      participant,
      source: code ? 'invitation' : 'online',
      answers,
      invitationCodeId: code?.id ?? null,
      submissionId: input.submissionId,
    });
    return { ...result, emails: [...sent, ...result.emails] };
  }

  /** The event, if it takes registrations now, or the registration a repeated submit made. */
  private async openEvent(tx: EntityManager, eventId: string, submissionId: string) {
    const event = await tx.getRepository(EventEntity).findOneBy({ id: eventId });
    if (!event || event.status === 'draft' || event.status === 'cancelled') throw notFound('event');
    const repeat = await tx.getRepository(RegistrationEntity).findOneBy({ eventId, submissionId });
    if (repeat) return { event, repeat };
    const reason = closedReason(event);
    if (reason) throw conflict(`registration_${reason === 'status' ? 'closed' : reason}`);
    return { event, repeat: null };
  }

  async mine(user: SessionUser) {
    const participant = await this.db
      .getRepository(ParticipantEntity)
      .findOneBy({ userId: user.id, mergedIntoId: IsNull() });
    if (!participant) return [];
    const registrations = await this.db
      .getRepository(RegistrationEntity)
      .find({ where: { participantId: participant.id }, order: { createdAt: 'DESC' } });
    return Promise.all(registrations.map((r) => this.mineOne(r.id)));
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
    return this.mineOne(registrationId);
  }

  private async mineOne(id: string, manager: EntityManager = this.db.manager) {
    const r = await manager
      .getRepository(RegistrationEntity)
      .findOneOrFail({ where: { id }, relations: { event: true } });
    return {
      id: r.id,
      status: r.status as RegistrationStatus,
      waitlistPosition: await this.flow.waitlistPosition(manager, r),
      event: {
        id: r.event.id,
        title: r.event.title,
        city: r.event.city,
        countryCode: r.event.countryCode,
        timeZone: r.event.timeZone,
        startDate: r.event.startDate,
        endDate: r.event.endDate,
        status: r.event.status,
      },
      createdAt: r.createdAt.toISOString(),
    };
  }

  /** Finds the person's account, or opens one (confirmed later by the emailed link). */
  private async account(
    tx: EntityManager,
    input: PublicInput,
    passwordHash: string | null,
  ): Promise<{ user: UserEntity; created: boolean }> {
    const existing = await tx.getRepository(UserEntity).findOneBy({ email: input.email });
    if (existing) {
      // Created meanwhile by a concurrent submit of the same form: check the password here.
      if (!passwordHash && !(await verifyPassword(existing.passwordHash, input.password))) {
        throw invalidField('email', 'email_taken_other_person');
      }
      return { user: existing, created: false };
    }
    const user = await tx.getRepository(UserEntity).save({
      email: input.email,
      fullName: input.fullNameLatin || input.fullNameAr,
      roles: ['participant'],
      preferredLanguage: input.preferredLanguage as Language,
      passwordHash: passwordHash ?? (await hashPassword(input.password)),
      emailConfirmedAt: null,
    });
    return { user, created: true };
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
