import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { EventEntity } from '../../events/entities/event.entity.js';
import { ParticipantEntity } from '../../participants/participant.entity.js';

/**
 * What the public form's email leads to:
 * - `registration`: a new address; the registration-decisions worker decided the place, the
 *   link confirms the address, opens the person's account and attaches the registration to it;
 * - `account`: the address has an account; nothing is registered until its owner follows the
 *   link, so the form never attaches anything to someone else's account;
 * - `registered`: the address is already registered in the event; the email says so and
 *   there is no link.
 */
export const CONFIRMATION_KINDS = ['registration', 'account', 'registered'] as const;
export type ConfirmationKind = (typeof CONFIRMATION_KINDS)[number];

/** The form as submitted, kept only until the owner of an account confirms it. */
export interface PendingDetails {
  fullNameAr: string;
  fullNameLatin: string;
  gender: ParticipantEntity['gender'];
  nationality: string;
  institutionId: string | null;
  proposedInstitution?: string | null;
  position: string;
  phone: string | null;
  preferredLanguage: ParticipantEntity['preferredLanguage'];
  answers: Record<string, string | boolean>;
  invitationCodeId: string | null;
  /** The code was used up at submit: the confirmation puts the person on the waiting list. */
  codeUsedUp?: boolean;
}

/** One submit of the public registration form, and the emailed link that confirms it. */
@Entity({ name: 'registration_confirmations' })
@Index('registration_confirmations_event_submission_key', ['eventId', 'submissionId'], {
  unique: true,
})
@Index('registration_confirmations_token_hash_key', ['tokenHash'], { unique: true })
export class RegistrationConfirmationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  // Checked at commit: an immediate check would take a key-share lock on the event's row
  // before the submit takes the event's FOR UPDATE lock, and two submits would deadlock.
  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE', deferrable: 'INITIALLY DEFERRED' })
  @JoinColumn({
    name: 'event_id',
    foreignKeyConstraintName: 'registration_confirmations_event_id_fkey',
  })
  event: Relation<EventEntity>;

  @Column({ type: 'enum', enum: CONFIRMATION_KINDS, enumName: 'registration_confirmation_kind' })
  kind: ConfirmationKind;

  /** Lower-cased, as typed in the form. */
  @Column({ type: 'text' })
  email: string;

  /** The form's submission id: a repeated submit finds this row and changes nothing. */
  @Column({ name: 'submission_id', type: 'uuid' })
  submissionId: string;

  /** The person registered at submit (kind `registration`). */
  @Column({ name: 'participant_id', type: 'uuid', nullable: true })
  participantId: string | null;

  @ManyToOne(() => ParticipantEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'participant_id',
    foreignKeyConstraintName: 'registration_confirmations_participant_id_fkey',
  })
  participant: Relation<ParticipantEntity> | null;

  /** The form's content (kind `account`), cleared once confirmed. */
  @Column({ type: 'jsonb', nullable: true })
  details: PendingDetails | null;

  /** sha256 of the emailed token; null when the email carries no link. */
  @Column({ name: 'token_hash', type: 'char', length: 64, nullable: true })
  tokenHash: string | null;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true })
  confirmedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
