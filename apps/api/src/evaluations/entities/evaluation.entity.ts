import {
  type BankQuestion,
  EVALUATION_KINDS,
  type EvaluationKind,
  type SurveyItem,
} from '@multaqa/contract';
import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { EventEntity } from '../../events/entities/event.entity.js';

/**
 * An event's pre-test, post-test or survey: at most one of each. A test keeps a copy of the
 * questions it was set up with, so editing the package's bank later never rescores it.
 */
@Entity({ name: 'evaluations' })
@Unique('evaluations_event_kind_key', ['eventId', 'kind'])
export class EvaluationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'evaluations_pkey' })
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @ManyToOne(() => EventEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'evaluations_event_id_fkey' })
  event?: Relation<EventEntity>;

  @Column({ type: 'enum', enum: EVALUATION_KINDS, enumName: 'evaluation_kind' })
  kind: EvaluationKind;

  @Column({ name: 'opens_at', type: 'timestamptz' })
  opensAt: Date;

  @Column({ name: 'closes_at', type: 'timestamptz' })
  closesAt: Date;

  @Column({ name: 'pass_mark_percent', type: 'int', default: 60 })
  passMarkPercent: number;

  /** Tests: the questions as set up, correct options included. */
  @Column({ type: 'jsonb', default: [] })
  questions: BankQuestion[];

  /** Surveys: the items, in order. */
  @Column({ type: 'jsonb', default: [] })
  items: SurveyItem[];

  @Column({ name: 'invited_at', type: 'timestamptz', nullable: true })
  invitedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
