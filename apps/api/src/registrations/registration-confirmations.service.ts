import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Language, pickLocalized, type RegistrationConfirmed } from '@multaqa/contract';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import { unprocessable } from '../common/errors/domain.exception.js';
import type { EventEntity } from '../events/entities/event.entity.js';
import { type OutgoingEmail, OutboxService } from '../notifications/outbox.service.js';
import type { TemplateName } from '../notifications/templates.js';
import { ParticipantEntity } from '../participants/participant.entity.js';
import { ParticipantsService } from '../participants/participants.service.js';
import { NO_PASSWORD } from '../users/passwords.js';
import { issueToken, linkToken, sha256 } from '../users/user-tokens.js';
import { UserEntity } from '../users/user.entity.js';
import { lockEvent } from './capacity.js';
import {
  type ConfirmationKind,
  type PendingDetails,
  RegistrationConfirmationEntity,
} from './entities/registration-confirmation.entity.js';
import { RegistrationEntity } from './entities/registration.entity.js';
import { myRegistration } from './my-registration.js';
import { formatDates, RegistrationFlow } from './registration-flow.js';
import { openEvent } from './registration-window.js';
import { personName } from '../participants/person-name.js';

const LIFETIME_MS = 7 * 24 * 3600_000;

interface Mail {
  to: string;
  name: string;
  language: Language;
  template: TemplateName;
  token?: string;
}

/**
 * The emails the public form sends, and what following their link does. The form's answer is
 * the same in every case; only the owner of the address learns which case it was.
 */
@Injectable()
export class RegistrationConfirmations {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly flow: RegistrationFlow,
    private readonly participants: ParticipantsService,
    private readonly outbox: OutboxService,
  ) {}

  /** A new address, registered at submit: the link confirms it and opens the account. */
  async confirmAddress(
    tx: EntityManager,
    event: EventEntity,
    participant: ParticipantEntity,
    submissionId: string,
  ): Promise<string[]> {
    const token = await this.record(tx, event, 'registration', participant.email!, submissionId, {
      participantId: participant.id,
    });
    return this.send(tx, event, {
      to: participant.email!,
      name: personName(participant, participant.preferredLanguage),
      language: participant.preferredLanguage,
      template: 'registration_confirm',
      token: token!,
    });
  }

  /** An address with an account: only its owner's confirmation registers anything. */
  async askOwner(
    tx: EntityManager,
    event: EventEntity,
    input: { email: string; submissionId: string },
    owner: { name: string; language: Language; details: PendingDetails },
  ): Promise<string[]> {
    const token = await this.record(tx, event, 'account', input.email, input.submissionId, {
      details: owner.details,
    });
    return this.send(tx, event, {
      to: input.email,
      name: owner.name,
      language: owner.language,
      template: 'registration_confirm_account',
      token: token!,
    });
  }

  /** An address already registered in the event: the email says so, nothing else happens. */
  async alreadyRegistered(
    tx: EntityManager,
    event: EventEntity,
    participant: ParticipantEntity,
    submissionId: string,
  ): Promise<string[]> {
    await this.record(tx, event, 'registered', participant.email!, submissionId, {});
    return this.send(tx, event, {
      to: participant.email!,
      name: personName(participant, participant.preferredLanguage),
      language: participant.preferredLanguage,
      template: 'registration_already',
    });
  }

  /**
   * Follows an emailed link: attaches the registration to the person's account (opening it
   * if needed), or registers the owner of an account who asked for it. The answer carries a
   * token for choosing a password when the person cannot sign in yet.
   */
  async confirm(token: string): Promise<RegistrationConfirmed> {
    const { confirmed, emails } = await this.db.transaction(async (tx) => {
      const [rows] = (await tx.query(
        `UPDATE registration_confirmations c SET confirmed_at = now(), details = NULL
           FROM registration_confirmations old
          WHERE old.id = c.id AND c.token_hash = $1 AND c.confirmed_at IS NULL
            AND c.expires_at > now()
          RETURNING c.kind, c.email, c.event_id AS "eventId", c.participant_id AS "participantId",
            old.details`,
        [sha256(token)],
      )) as [
        {
          kind: ConfirmationKind;
          email: string;
          eventId: string;
          participantId: string | null;
          details: PendingDetails | null;
        }[],
        number,
      ];
      const row = rows[0];
      if (!row) throw unprocessable('token_invalid');
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`registration:${row.email}`]);
      if (row.kind === 'registration') {
        const participant = await this.current(tx, row.participantId!);
        const account = await this.ownerAccount(tx, row.email, participant);
        await this.attach(tx, participant, account.user);
        const registration = await tx
          .getRepository(RegistrationEntity)
          .findOneBy({ eventId: row.eventId, participantId: participant.id });
        if (!registration) throw unprocessable('token_invalid');
        return {
          confirmed: {
            registration: await myRegistration(tx, this.flow, registration.id),
            setPasswordToken: account.setPasswordToken,
          },
          emails: [],
        };
      }
      const details = row.details!;
      const existing = await tx
        .getRepository(ParticipantEntity)
        .findOneBy({ email: row.email, mergedIntoId: IsNull() });
      const participant =
        existing ??
        (await this.participants.insert(
          tx,
          {
            fullNameAr: details.fullNameAr,
            fullNameLatin: details.fullNameLatin,
            gender: details.gender,
            nationality: details.nationality,
            institutionId: details.institutionId,
            position: details.position,
            email: row.email,
            phone: details.phone,
            preferredLanguage: details.preferredLanguage,
          },
          null,
          { allowDuplicate: true },
        ));
      const account = await this.ownerAccount(tx, row.email, participant);
      await this.attach(tx, participant, account.user);
      await lockEvent(tx, row.eventId);
      const result = await this.flow.submit(tx, {
        event: await openEvent(tx, row.eventId),
        participant,
        source: details.invitationCodeId ? 'invitation' : 'online',
        answers: details.answers,
        invitationCodeId: details.invitationCodeId,
        codeUsedUp: details.codeUsedUp,
        proposedInstitution: details.proposedInstitution ?? null,
      });
      return {
        confirmed: {
          registration: await myRegistration(tx, this.flow, result.registration.id),
          setPasswordToken: account.setPasswordToken,
        },
        emails: result.emails,
      };
    });
    this.outbox.dispatch(emails);
    return confirmed;
  }

  /** The record a registration hangs on, following a merge made since the form was sent. */
  private async current(tx: EntityManager, id: string): Promise<ParticipantEntity> {
    const repo = tx.getRepository(ParticipantEntity);
    let participant = await repo.findOneByOrFail({ id });
    while (participant.mergedIntoId)
      participant = await repo.findOneByOrFail({ id: participant.mergedIntoId });
    return participant;
  }

  /**
   * The account of the address just proven by its mailbox, opened if there is none. Whoever
   * had no password of their own choosing (a new account, or one opened by the old form
   * and never confirmed) gets a token to choose one.
   */
  private async ownerAccount(
    tx: EntityManager,
    email: string,
    participant: ParticipantEntity,
  ): Promise<{ user: UserEntity; setPasswordToken: string | null }> {
    const users = tx.getRepository(UserEntity);
    let user = await users.findOneBy({ email });
    if (user?.emailConfirmedAt && user.passwordHash !== NO_PASSWORD)
      return { user, setPasswordToken: null };
    if (user) {
      await users.update(
        { id: user.id },
        { emailConfirmedAt: user.emailConfirmedAt ?? new Date(), passwordHash: NO_PASSWORD },
      );
    } else {
      user = await users.save({
        email,
        fullName: participant.fullNameLatin || participant.fullNameAr,
        roles: ['participant'],
        preferredLanguage: participant.preferredLanguage,
        passwordHash: NO_PASSWORD,
        emailConfirmedAt: new Date(),
      });
    }
    return { user, setPasswordToken: await issueToken(tx, user.id, 'reset_password') };
  }

  /** Ties the person to the account, unless either is already tied to someone else. */
  private async attach(tx: EntityManager, participant: ParticipantEntity, user: UserEntity) {
    if (participant.userId) return;
    const repo = tx.getRepository(ParticipantEntity);
    if (await repo.existsBy({ userId: user.id })) return;
    await repo.update({ id: participant.id }, { userId: user.id });
    participant.userId = user.id;
  }

  /** Writes the submit down; returns the link's token when the email carries one. */
  private async record(
    tx: EntityManager,
    event: EventEntity,
    kind: ConfirmationKind,
    email: string,
    submissionId: string,
    extra: { participantId?: string; details?: PendingDetails },
  ): Promise<string | null> {
    const link = kind === 'registered' ? null : linkToken();
    await tx.getRepository(RegistrationConfirmationEntity).insert({
      eventId: event.id,
      kind,
      email,
      submissionId,
      participantId: extra.participantId ?? null,
      details: extra.details ?? null,
      tokenHash: link?.tokenHash ?? null,
      expiresAt: new Date(Date.now() + LIFETIME_MS),
    });
    return link?.token ?? null;
  }

  private async send(tx: EntityManager, event: EventEntity, mail: Mail): Promise<string[]> {
    return [await this.outbox.enqueue(tx, this.mail(event, mail))];
  }

  /**
   * New addresses decided together (see RegistrationDecisions): their submits written down in
   * one insert; returns the emails with their links, in the same order.
   */
  async confirmAddresses(
    tx: EntityManager,
    event: EventEntity,
    people: { participant: ParticipantEntity; submissionId: string }[],
  ): Promise<OutgoingEmail[]> {
    const links = people.map(() => linkToken());
    await tx.getRepository(RegistrationConfirmationEntity).insert(
      people.map(({ participant, submissionId }, i) => ({
        eventId: event.id,
        kind: 'registration' as const,
        email: participant.email!,
        submissionId,
        participantId: participant.id,
        details: null,
        tokenHash: links[i].tokenHash,
        expiresAt: new Date(Date.now() + LIFETIME_MS),
      })),
    );
    return people.map(({ participant }, i) =>
      this.mail(event, {
        to: participant.email!,
        name: personName(participant, participant.preferredLanguage),
        language: participant.preferredLanguage,
        template: 'registration_confirm',
        token: links[i].token,
      }),
    );
  }

  private mail(event: EventEntity, mail: Mail): OutgoingEmail {
    const base = this.flow.publicUrl();
    return {
      to: mail.to,
      language: mail.language,
      template: mail.template,
      params: {
        name: mail.name,
        event: pickLocalized(event.title, mail.language),
        dates: formatDates(event, mail.language),
        city: pickLocalized(event.city, mail.language),
        link: mail.token ? `${base}/register/confirm?token=${mail.token}` : '',
        portalUrl: `${base}/my`,
      },
    };
  }
}
