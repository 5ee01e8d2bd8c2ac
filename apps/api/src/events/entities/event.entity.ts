import {
  EVENT_KINDS,
  EVENT_MODES,
  EVENT_STATUSES,
  type EventKind,
  type EventStatus,
  LATE_RULES,
  type Language,
  type LateRule,
  type LocalizedText,
} from '@multaqa/contract';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  JoinTable,
  ManyToMany,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import { InstitutionEntity } from '../../institutions/institution.entity.js';
import { TrainingPackageEntity } from '../../training-packages/entities/training-package.entity.js';
import { UserEntity } from '../../users/user.entity.js';

/** One dated occurrence: a conference, or a training that delivers one package version. */
@Entity({ name: 'events' })
@Index('events_start_date_idx', ['startDate'])
@Index('events_status_idx', ['status'])
@Check('events_dates_check', 'end_date >= start_date')
@Check('events_capacity_check', 'capacity > 0')
@Check('events_training_package_check', `kind <> 'training' OR package_id IS NOT NULL`)
export class EventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'enum', enum: EVENT_KINDS, enumName: 'event_kind' })
  kind: EventKind;

  @Column({ type: 'enum', enum: EVENT_STATUSES, enumName: 'event_status', default: 'draft' })
  status: EventStatus;

  @Column({ name: 'package_id', type: 'uuid', nullable: true })
  packageId: string | null;

  @ManyToOne(() => TrainingPackageEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'package_id', foreignKeyConstraintName: 'events_package_id_fkey' })
  package: Relation<TrainingPackageEntity> | null;

  @Column({ type: 'jsonb' })
  title: LocalizedText;

  @Column({ type: 'jsonb', default: {} })
  description: LocalizedText;

  @Column({ type: 'text', default: '' })
  venue: string;

  @Column({ type: 'text' })
  city: string;

  @Column({ name: 'country_code', type: 'char', length: 2 })
  countryCode: string;

  @Column({ name: 'time_zone', type: 'text' })
  timeZone: string;

  /** Local calendar dates in the event's time zone, as YYYY-MM-DD. */
  @Column({ name: 'start_date', type: 'date' })
  startDate: string;

  @Column({ name: 'end_date', type: 'date' })
  endDate: string;

  @Column({ type: 'enum', enum: EVENT_MODES, enumName: 'event_mode', default: 'in_person' })
  mode: (typeof EVENT_MODES)[number];

  @Column({ type: 'text', array: true })
  languages: Language[];

  @Column({ type: 'int' })
  capacity: number;

  @Column({ name: 'registration_opens_at', type: 'timestamptz', nullable: true })
  registrationOpensAt: Date | null;

  @Column({ name: 'registration_closes_at', type: 'timestamptz', nullable: true })
  registrationClosesAt: Date | null;

  @ManyToMany(() => InstitutionEntity)
  @JoinTable({
    name: 'event_partners',
    joinColumn: { name: 'event_id', foreignKeyConstraintName: 'event_partners_event_id_fkey' },
    inverseJoinColumn: {
      name: 'institution_id',
      foreignKeyConstraintName: 'event_partners_institution_id_fkey',
    },
  })
  partners: Relation<InstitutionEntity>[];

  @ManyToMany(() => UserEntity)
  @JoinTable({
    name: 'event_coordinators',
    joinColumn: { name: 'event_id', foreignKeyConstraintName: 'event_coordinators_event_id_fkey' },
    inverseJoinColumn: {
      name: 'user_id',
      foreignKeyConstraintName: 'event_coordinators_user_id_fkey',
    },
  })
  coordinators: Relation<UserEntity>[];

  /** How a late arrival counts towards the attendance rate. */
  @Column({
    name: 'late_counts_as',
    type: 'enum',
    enum: LATE_RULES,
    enumName: 'late_rule',
    default: 'present',
  })
  lateCountsAs: LateRule;

  /** Minutes after a session's start from which a scan counts as late. */
  @Column({ name: 'late_after_minutes', type: 'int', default: 15 })
  lateAfterMinutes: number;

  @Column({ name: 'copied_from_id', type: 'uuid', nullable: true })
  copiedFromId: string | null;

  @ManyToOne(() => EventEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'copied_from_id', foreignKeyConstraintName: 'events_copied_from_id_fkey' })
  copiedFrom: Relation<EventEntity> | null;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'events_created_by_id_fkey' })
  createdBy: Relation<UserEntity> | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
