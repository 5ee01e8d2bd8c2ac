import { EVENT_STATUSES, type EventStatus } from '@multaqa/contract';
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
import { UserEntity } from '../../users/user.entity.js';
import { EventEntity } from './event.entity.js';

/** The event's lifecycle history: who moved it from which status to which, when and why. */
@Entity({ name: 'event_status_changes' })
@Index('event_status_changes_event_id_idx', ['eventId'])
export class EventStatusChangeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'event_status_changes_event_id_fkey' })
  event: Relation<EventEntity>;

  @Column({
    name: 'from_status',
    type: 'enum',
    enum: EVENT_STATUSES,
    enumName: 'event_status',
    nullable: true,
  })
  fromStatus: EventStatus | null;

  @Column({ name: 'to_status', type: 'enum', enum: EVENT_STATUSES, enumName: 'event_status' })
  toStatus: EventStatus;

  @Column({ name: 'changed_by_id', type: 'uuid', nullable: true })
  changedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'changed_by_id',
    foreignKeyConstraintName: 'event_status_changes_changed_by_id_fkey',
  })
  changedBy: Relation<UserEntity> | null;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @CreateDateColumn({ name: 'changed_at', type: 'timestamptz' })
  changedAt: Date;
}
