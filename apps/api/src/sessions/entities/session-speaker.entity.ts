import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { UserEntity } from '../../users/user.entity.js';
import { EventSessionEntity } from './event-session.entity.js';

/** A trainer or speaker on a session: a Multaqa user, or an outside person named here. */
@Entity({ name: 'session_speakers' })
@Index('session_speakers_session_id_idx', ['sessionId'])
@Index('session_speakers_user_id_idx', ['userId'])
export class SessionSpeakerEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => EventSessionEntity, (session) => session.speakers, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'session_speakers_session_id_fkey' })
  session: Relation<EventSessionEntity>;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'session_speakers_user_id_fkey' })
  user: Relation<UserEntity> | null;

  /** For a user, their name when added, so the programme reads the same if they leave. */
  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  affiliation: string | null;

  @Column({ type: 'int' })
  position: number;
}
