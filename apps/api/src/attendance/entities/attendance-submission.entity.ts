import {
  ATTENDANCE_METHODS,
  ATTENDANCE_STATUSES,
  type AttendanceMethod,
  type AttendanceStatus,
  CONFLICT_KINDS,
  type ConflictKind,
  SYNC_OUTCOMES,
} from '@multaqa/contract';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type SyncOutcome = (typeof SYNC_OUTCOMES)[number];

/**
 * Every record a device sent, once per clientId, with the answer it got: a resend is answered
 * from here, and conflicts and refusals stay listed for a coordinator instead of vanishing.
 *
 * No foreign keys: a device may name a session or badge that is gone or was never ours, and
 * that is exactly what this log must keep.
 */
@Entity({ name: 'attendance_submissions' })
@Index('attendance_submissions_event_received_idx', ['eventId', 'receivedAt'], {
  where: `outcome IN ('conflict', 'refused')`,
})
export class AttendanceSubmissionEntity {
  @PrimaryColumn({
    name: 'client_id',
    type: 'uuid',
    primaryKeyConstraintName: 'attendance_submissions_pkey',
  })
  clientId: string;

  @Column({ name: 'device_id', type: 'uuid' })
  deviceId: string;

  /** The session's event when the session was found (the conflicts list is per event). */
  @Column({ name: 'event_id', type: 'uuid', nullable: true })
  eventId: string | null;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @Column({ name: 'participant_id', type: 'uuid', nullable: true })
  participantId: string | null;

  @Column({ name: 'badge_id', type: 'uuid', nullable: true })
  badgeId: string | null;

  @Column({ type: 'enum', enum: ATTENDANCE_STATUSES, enumName: 'attendance_status' })
  status: AttendanceStatus;

  @Column({ type: 'enum', enum: ATTENDANCE_METHODS, enumName: 'attendance_method' })
  method: AttendanceMethod;

  @Column({ name: 'taken_at', type: 'timestamptz' })
  takenAt: Date;

  @Column({ name: 'received_at', type: 'timestamptz', default: () => 'now()' })
  receivedAt: Date;

  @Column({ type: 'enum', enum: SYNC_OUTCOMES, enumName: 'attendance_sync_outcome' })
  outcome: SyncOutcome;

  @Column({
    name: 'conflict_kind',
    type: 'enum',
    enum: CONFLICT_KINDS,
    enumName: 'attendance_conflict_kind',
    nullable: true,
  })
  conflictKind: ConflictKind | null;

  @Column({ name: 'submitted_by_id', type: 'uuid', nullable: true })
  submittedById: string | null;
}
