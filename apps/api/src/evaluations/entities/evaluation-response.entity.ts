import {
  EVALUATION_KINDS,
  type EvaluationKind,
  type EvaluationResponseInput,
} from '@multaqa/contract';
import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  Unique,
} from 'typeorm';
import { EventEntity } from '../../events/entities/event.entity.js';
import { RegistrationEntity } from '../../registrations/entities/registration.entity.js';
import { EvaluationEntity } from './evaluation.entity.js';

export const RESPONSE_CHANNELS = ['portal', 'link'] as const;

/**
 * One registration's answers to one evaluation: one each, enforced by the database, so a double
 * submit from two tabs stores one. A test's score is computed once, at submission, against the
 * evaluation's own copy of the questions. `event_id` and `kind` are kept here for the reports.
 */
@Entity({ name: 'evaluation_responses' })
@Unique('evaluation_responses_evaluation_registration_key', ['evaluationId', 'registrationId'])
@Index('evaluation_responses_event_kind_idx', ['eventId', 'kind'])
@Index('evaluation_responses_registration_id_idx', ['registrationId'])
export class EvaluationResponseEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'evaluation_responses_pkey' })
  id: string;

  @Column({ name: 'evaluation_id', type: 'uuid' })
  evaluationId: string;

  @ManyToOne(() => EvaluationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'evaluation_id',
    foreignKeyConstraintName: 'evaluation_responses_evaluation_id_fkey',
  })
  evaluation?: Relation<EvaluationEntity>;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @ManyToOne(() => EventEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'evaluation_responses_event_id_fkey' })
  event?: Relation<EventEntity>;

  @Column({ type: 'enum', enum: EVALUATION_KINDS, enumName: 'evaluation_kind' })
  kind: EvaluationKind;

  @Column({ name: 'registration_id', type: 'uuid' })
  registrationId: string;

  @ManyToOne(() => RegistrationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'registration_id',
    foreignKeyConstraintName: 'evaluation_responses_registration_id_fkey',
  })
  registration?: Relation<RegistrationEntity>;

  @Column({ name: 'submitted_at', type: 'timestamptz', default: () => 'now()' })
  submittedAt: Date;

  @Column({ type: 'enum', enum: RESPONSE_CHANNELS, enumName: 'evaluation_channel' })
  channel: (typeof RESPONSE_CHANNELS)[number];

  /** The answers as sent (test answers and survey rows). */
  @Column({ type: 'jsonb' })
  answers: EvaluationResponseInput;

  /** Tests: points scored over points possible, 0–100. */
  @Column({ name: 'score_percent', type: 'numeric', precision: 5, scale: 2, nullable: true })
  scorePercent: string | null;

  @Column({ type: 'boolean', nullable: true })
  passed: boolean | null;

  /** Surveys: the mean of this response's Likert ratings, for the reports. */
  @Column({ name: 'rating_mean', type: 'numeric', precision: 4, scale: 3, nullable: true })
  ratingMean: string | null;
}
