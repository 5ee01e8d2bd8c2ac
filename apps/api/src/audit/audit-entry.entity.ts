import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const AUDIT_ACTIONS = ['insert', 'update', 'delete'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/**
 * One row changed, written by the audit_row() trigger (see the AuditLog migration) in the
 * transaction that changed it: raw SQL, query-builder updates and entity saves alike.
 * Never written or changed by the application.
 */
@Entity({ name: 'audit_log' })
@Index('audit_log_event_id_idx', ['eventId', 'id'])
@Index('audit_log_participant_id_idx', ['participantId', 'id'])
export class AuditEntryEntity {
  /** Increasing, so pages are stable and in the order the changes happened. */
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;

  /** The signed-in user who made the change; null for the public, the system and start-up. */
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  /** The table the row lives in, e.g. participants, registrations, events. */
  @Column({ name: 'entity_type', type: 'text' })
  entityType: string;

  @Column({ name: 'entity_id', type: 'text' })
  entityId: string;

  @Column({ name: 'event_id', type: 'uuid', nullable: true })
  eventId: string | null;

  @Column({ name: 'participant_id', type: 'uuid', nullable: true })
  participantId: string | null;

  @Column({ type: 'enum', enum: AUDIT_ACTIONS, enumName: 'audit_action' })
  action: AuditAction;

  /** The changed fields as they were (the whole row for a delete); secrets left out. */
  @Column({ type: 'jsonb', nullable: true })
  before: Record<string, unknown> | null;

  /** The changed fields as they became (the whole row for an insert); secrets left out. */
  @Column({ type: 'jsonb', nullable: true })
  after: Record<string, unknown> | null;
}
