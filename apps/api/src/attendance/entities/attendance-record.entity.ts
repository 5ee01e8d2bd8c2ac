import {
  ATTENDANCE_METHODS,
  ATTENDANCE_STATUSES,
  type AttendanceMethod,
  type AttendanceStatus,
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
import { RegistrationEntity } from '../../registrations/entities/registration.entity.js';
import { EventSessionEntity } from '../../sessions/entities/event-session.entity.js';
import { UserEntity } from '../../users/user.entity.js';

/**
 * A participant at a session. One per person and session, enforced by the database, so two
 * devices syncing at once cannot make two. Sessions and people are RESTRICT: a session or a
 * person cannot take its attendance with it when deleted (merging moves the records first).
 */
@Entity({ name: 'attendance_records' })
@Unique('attendance_records_session_participant_key', ['sessionId', 'participantId'])
@Index('attendance_records_event_participant_idx', ['eventId', 'participantId'])
@Index('attendance_records_participant_id_idx', ['participantId'])
export class AttendanceRecordEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'attendance_records_pkey' })
  id: string;

  /** The session's event, kept here for the event's rates and its audit history. */
  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @ManyToOne(() => EventEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'attendance_records_event_id_fkey' })
  event: Relation<EventEntity>;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => EventSessionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'session_id',
    foreignKeyConstraintName: 'attendance_records_session_id_fkey',
  })
  session: Relation<EventSessionEntity>;

  @Column({ name: 'participant_id', type: 'uuid' })
  participantId: string;

  @ManyToOne(() => ParticipantEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'participant_id',
    foreignKeyConstraintName: 'attendance_records_participant_id_fkey',
  })
  participant: Relation<ParticipantEntity>;

  @Column({ name: 'registration_id', type: 'uuid', nullable: true })
  registrationId: string | null;

  @ManyToOne(() => RegistrationEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'registration_id',
    foreignKeyConstraintName: 'attendance_records_registration_id_fkey',
  })
  registration: Relation<RegistrationEntity> | null;

  @Column({ type: 'enum', enum: ATTENDANCE_STATUSES, enumName: 'attendance_status' })
  status: AttendanceStatus;

  @Column({ type: 'enum', enum: ATTENDANCE_METHODS, enumName: 'attendance_method' })
  method: AttendanceMethod;

  /** The device's time when taken (the original time, also when synced later). */
  @Column({ name: 'taken_at', type: 'timestamptz' })
  takenAt: Date;

  @Column({ name: 'taken_by_id', type: 'uuid', nullable: true })
  takenById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'taken_by_id',
    foreignKeyConstraintName: 'attendance_records_taken_by_id_fkey',
  })
  takenBy: Relation<UserEntity> | null;

  @Column({ name: 'device_id', type: 'uuid', nullable: true })
  deviceId: string | null;

  @Column({ name: 'client_id', type: 'uuid', nullable: true })
  clientId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
