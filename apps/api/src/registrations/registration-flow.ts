import { Inject, Injectable } from '@nestjs/common';
import {
  formatEventDates,
  type Language,
  pickLocalized,
  type RegistrationStatus,
} from '@multaqa/contract';
import { type EntityManager, LessThan } from 'typeorm';
import { conflict } from '../common/errors/domain.exception.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { publicBaseUrl } from '../config/public-url.js';
import type { EventEntity } from '../events/entities/event.entity.js';
import { type OutgoingEmail, OutboxService } from '../notifications/outbox.service.js';
import type { TemplateName } from '../notifications/templates.js';
import { ParticipantEntity } from '../participants/participant.entity.js';
import { decisionSnapshot, roomFor } from './capacity.js';
import { RegistrationSettingsEntity } from './entities/registration-settings.entity.js';
import { RegistrationEntity } from './entities/registration.entity.js';
import { personName } from '../participants/person-name.js';

export interface Submission {
  event: EventEntity;
  participant: ParticipantEntity;
  source: RegistrationEntity['source'];
  answers: Record<string, string | boolean>;
  invitationCodeId?: string | null;
  submissionId?: string | null;
  proposedInstitution?: string | null;
  /** The invitation code was used up: the person goes to the waiting list, and is told why. */
  codeUsedUp?: boolean;
}

const STATUS_EMAIL: Partial<Record<RegistrationStatus, TemplateName>> = {
  submitted: 'registration_submitted',
  approved: 'registration_approved',
  waitlisted: 'registration_waitlisted',
  rejected: 'registration_rejected',
  cancelled: 'registration_cancelled',
};

const DECISIONS = new Set<RegistrationStatus>(['approved', 'waitlisted', 'rejected']);

/**
 * The rules every way in shares: one registration per person and event, automatic approval
 * within capacity and quotas (or waiting for a coordinator), the waiting list in arrival
 * order, and promotion of the first person who fits when a place frees up. Callers hold the
 * event's row lock (lockEvent) for the whole transaction; emails go to the outbox in it.
 */
@Injectable()
export class RegistrationFlow {
  constructor(
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async settings(tx: EntityManager, eventId: string): Promise<RegistrationSettingsEntity> {
    return (
      (await tx.getRepository(RegistrationSettingsEntity).findOneBy({ eventId })) ??
      Object.assign(new RegistrationSettingsEntity(), {
        eventId,
        mode: 'open',
        approvalRequired: true,
        questions: [],
      })
    );
  }

  /**
   * Returns the registration and the outbox ids to dispatch after commit. `settings` may be
   * read before the event's lock by a caller that has them (they are not about places).
   */
  async submit(
    tx: EntityManager,
    s: Submission,
    preloaded?: RegistrationSettingsEntity,
  ): Promise<{ registration: RegistrationEntity; emails: string[]; repeated: boolean }> {
    const repo = tx.getRepository(RegistrationEntity);
    const existing = await repo.findOneBy({ eventId: s.event.id, participantId: s.participant.id });
    if (existing && existing.status !== 'cancelled') {
      if (s.submissionId && existing.submissionId === s.submissionId) {
        return { registration: existing, emails: [], repeated: true };
      }
      throw conflict('already_registered', {
        status: `terms.registration_status.${existing.status}`,
      });
    }
    const settings = preloaded ?? (await this.settings(tx, s.event.id));
    // Without room the person goes to the waiting list by themselves, even when a coordinator
    // approves the others: a submission no one could approve should not wait for a decision.
    const full = s.codeUsedUp || (await roomFor(tx, s.event, s.participant)) !== null;
    const status: RegistrationStatus = full
      ? 'waitlisted'
      : settings.approvalRequired
        ? 'submitted'
        : 'approved';
    const registration = await repo.save({
      ...(existing ? { id: existing.id } : {}),
      eventId: s.event.id,
      participantId: s.participant.id,
      status,
      source: s.source,
      answers: s.answers,
      invitationCodeId: s.invitationCodeId ?? null,
      submissionId: s.submissionId ?? null,
      waitlistedAt: status === 'waitlisted' ? new Date() : null,
      statusReason: null,
      proposedInstitution: s.proposedInstitution ?? null,
      ...(DECISIONS.has(status)
        ? decisionSnapshot(s.participant)
        : {
            decidedAt: null,
            decidedInstitutionId: null,
            decidedCountryCode: null,
            decidedGender: null,
          }),
    });
    const emails = await this.notify(
      tx,
      s.event,
      s.participant,
      registration,
      s.codeUsedUp ? 'registration_waitlisted_code' : STATUS_EMAIL[status]!,
    );
    return { registration, emails, repeated: false };
  }

  /** Moves a registration to a new status; approving checks capacity and quotas first. */
  async setStatus(
    tx: EntityManager,
    event: EventEntity,
    registration: RegistrationEntity,
    status: RegistrationStatus,
    reason: string | null,
  ): Promise<string[]> {
    const participant = await tx
      .getRepository(ParticipantEntity)
      .findOneByOrFail({ id: registration.participantId });
    if (status === 'approved') {
      const noRoom = await roomFor(tx, event, participant);
      if (noRoom) throw conflict(noRoom);
    }
    const wasApproved = registration.status === 'approved';
    await tx.getRepository(RegistrationEntity).update(
      { id: registration.id },
      {
        status,
        statusReason: reason,
        waitlistedAt: status === 'waitlisted' ? (registration.waitlistedAt ?? new Date()) : null,
        // Only decisions take a snapshot: a cancellation keeps the one of the decision it ends.
        ...(DECISIONS.has(status) ? decisionSnapshot(participant) : {}),
      },
    );
    registration.status = status;
    const emails = await this.notify(
      tx,
      event,
      participant,
      registration,
      STATUS_EMAIL[status]!,
      reason,
    );
    if (wasApproved && status !== 'approved') emails.push(...(await this.promote(tx, event)));
    return emails;
  }

  /** Gives freed places to the waiting list, in order, skipping those whose quota is full. */
  async promote(tx: EntityManager, event: EventEntity): Promise<string[]> {
    const emails: string[] = [];
    const waiting = await tx.getRepository(RegistrationEntity).find({
      where: { eventId: event.id, status: 'waitlisted' },
      relations: { participant: true },
      order: { waitlistedAt: 'ASC', id: 'ASC' },
    });
    for (const registration of waiting) {
      const noRoom = await roomFor(tx, event, registration.participant);
      if (noRoom === 'capacity_full') break;
      if (noRoom) continue;
      await tx.getRepository(RegistrationEntity).update(
        { id: registration.id },
        {
          status: 'approved',
          waitlistedAt: null,
          statusReason: null,
          ...decisionSnapshot(registration.participant),
        },
      );
      registration.status = 'approved';
      emails.push(
        ...(await this.notify(
          tx,
          event,
          registration.participant,
          registration,
          'registration_promoted',
        )),
      );
    }
    return emails;
  }

  async waitlistPosition(
    tx: EntityManager,
    registration: RegistrationEntity,
  ): Promise<number | null> {
    if (registration.status !== 'waitlisted' || !registration.waitlistedAt) return null;
    const ahead = await tx.getRepository(RegistrationEntity).countBy({
      eventId: registration.eventId,
      status: 'waitlisted',
      waitlistedAt: LessThan(registration.waitlistedAt),
    });
    return ahead + 1;
  }

  async notify(
    tx: EntityManager,
    event: EventEntity,
    participant: ParticipantEntity,
    registration: RegistrationEntity,
    template: TemplateName,
    reason?: string | null,
  ): Promise<string[]> {
    if (!participant.email || participant.mergedIntoId) return [];
    const position = (await this.waitlistPosition(tx, registration)) ?? '';
    const id = await this.outbox.enqueue(
      tx,
      this.statusMail(event, participant, template, position, reason),
    );
    return [id];
  }

  /** A status email's content; `position` is the place on the waiting list ('' when none). */
  statusMail(
    event: EventEntity,
    participant: ParticipantEntity,
    template: TemplateName,
    position: number | '',
    reason?: string | null,
  ): OutgoingEmail {
    const lang: Language = participant.preferredLanguage;
    return {
      to: participant.email!,
      language: lang,
      template,
      params: {
        name: personName(participant, lang),
        event: pickLocalized(event.title, lang),
        dates: formatDates(event, lang),
        city: pickLocalized(event.city, lang),
        position,
        reason: reason ?? '',
        portalUrl: `${this.publicUrl()}/my`,
      },
    };
  }

  publicUrl(): string {
    return publicBaseUrl(this.config);
  }
}

/** "12–16 January 2020" in the reader's language (Hijri beside it in Arabic). */
export function formatDates(
  event: Pick<EventEntity, 'startDate' | 'endDate'>,
  lang: Language,
): string {
  return formatEventDates(event.startDate, event.endDate, lang);
}
