import { type LocalizedText, SESSION_TYPES, type SessionType } from '@multaqa/contract';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import { EventEntity } from '../../events/entities/event.entity.js';
import { PackageModuleEntity } from '../../training-packages/entities/package-module.entity.js';
import { SessionSpeakerEntity } from './session-speaker.entity.js';

/** A time slot of an event ("session" in DOMAIN.md; the table name keeps it apart from sign-in sessions). */
@Entity({ name: 'event_sessions' })
@Index('event_sessions_event_starts_idx', ['eventId', 'startsAt'])
@Index('event_sessions_starts_ends_idx', ['startsAt', 'endsAt'])
@Check('event_sessions_times_check', 'ends_at > starts_at')
export class EventSessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'event_sessions_event_id_fkey' })
  event: Relation<EventEntity>;

  @Column({ type: 'jsonb' })
  title: LocalizedText;

  @Column({ type: 'enum', enum: SESSION_TYPES, enumName: 'session_type' })
  type: SessionType;

  @Column({ type: 'text', default: '' })
  room: string;

  @Column({ type: 'text', default: '' })
  track: string;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  @Column({ name: 'module_id', type: 'uuid', nullable: true })
  moduleId: string | null;

  @ManyToOne(() => PackageModuleEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'module_id', foreignKeyConstraintName: 'event_sessions_module_id_fkey' })
  module: Relation<PackageModuleEntity> | null;

  @OneToMany(() => SessionSpeakerEntity, (speaker) => speaker.session, { cascade: true })
  speakers: Relation<SessionSpeakerEntity>[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
