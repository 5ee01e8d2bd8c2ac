import {
  GENDERS,
  type Gender,
  REGISTRATION_SOURCES,
  REGISTRATION_STATUSES,
  type RegistrationStatus,
} from '@multaqa/contract';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { EventEntity } from '../../events/entities/event.entity.js';
import { ParticipantEntity } from '../../participants/participant.entity.js';
import { InvitationCodeEntity } from './invitation-code.entity.js';

/** A participant in an event. One per person and event, enforced by the database. */
@Entity({ name: 'registrations' })
@Unique('registrations_event_participant_key', ['eventId', 'participantId'])
@Index('registrations_event_status_idx', ['eventId', 'status'])
@Index('registrations_participant_id_idx', ['participantId'])
export class RegistrationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'registrations_event_id_fkey' })
  event: Relation<EventEntity>;

  @Column({ name: 'participant_id', type: 'uuid' })
  participantId: string;

  @ManyToOne(() => ParticipantEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'participant_id',
    foreignKeyConstraintName: 'registrations_participant_id_fkey',
  })
  participant: Relation<ParticipantEntity>;

  @Column({ type: 'enum', enum: REGISTRATION_STATUSES, enumName: 'registration_status' })
  status: RegistrationStatus;

  @Column({ type: 'enum', enum: REGISTRATION_SOURCES, enumName: 'registration_source' })
  source: (typeof REGISTRATION_SOURCES)[number];

  @Column({ name: 'invitation_code_id', type: 'uuid', nullable: true })
  invitationCodeId: string | null;

  @ManyToOne(() => InvitationCodeEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'invitation_code_id',
    foreignKeyConstraintName: 'registrations_invitation_code_id_fkey',
  })
  invitationCode: Relation<InvitationCodeEntity> | null;

  @Column({ type: 'jsonb', default: {} })
  answers: Record<string, string | boolean>;

  /** When the registration joined the waiting list: the list's order. */
  @Column({ name: 'waitlisted_at', type: 'timestamptz', nullable: true })
  waitlistedAt: Date | null;

  @Column({ name: 'status_reason', type: 'text', nullable: true })
  statusReason: string | null;

  /** The public form's "my institution is not listed": for a coordinator to create and set. */
  @Column({ name: 'proposed_institution', type: 'text', nullable: true })
  proposedInstitution: string | null;

  /** The public form's submission id, so a repeated submit gets the same answer. */
  @Column({ name: 'submission_id', type: 'uuid', nullable: true })
  submissionId: string | null;

  /**
   * The person as they were when the registration was last decided (approved, waitlisted or
   * rejected): quotas and reports count these, so editing or merging the person later does
   * not move a decided place to another institution or country. Null until decided.
   */
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'decided_institution_id', type: 'uuid', nullable: true })
  decidedInstitutionId: string | null;

  @Column({ name: 'decided_country_code', type: 'char', length: 2, nullable: true })
  decidedCountryCode: string | null;

  @Column({
    name: 'decided_gender',
    type: 'enum',
    enum: GENDERS,
    enumName: 'participant_gender',
    nullable: true,
  })
  decidedGender: Gender | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
