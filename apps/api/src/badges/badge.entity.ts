import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import { EventEntity } from '../events/entities/event.entity.js';
import { RegistrationEntity } from '../registrations/entities/registration.entity.js';
import { SigningKeyEntity } from '../signing/signing-key.entity.js';
import { UserEntity } from '../users/user.entity.js';

/**
 * A printed badge: a participant's (registration) or a staff member's (user) for one event.
 * At most one current (unrevoked) badge per registration and per staff member and event, so
 * issuing lazily from several requests at once cannot print two.
 */
@Entity({ name: 'badges' })
@Index('badges_registration_current_key', ['registrationId'], {
  unique: true,
  where: 'revoked_at IS NULL',
})
@Index('badges_event_user_current_key', ['eventId', 'userId'], {
  unique: true,
  where: 'revoked_at IS NULL',
})
@Index('badges_event_id_idx', ['eventId'])
export class BadgeEntity {
  /** Chosen before insert: the signed token carries it. */
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'badges_pkey' })
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'badges_event_id_fkey' })
  event: Relation<EventEntity>;

  @Column({ name: 'registration_id', type: 'uuid', nullable: true })
  registrationId: string | null;

  /** SET NULL: a registration dropped by a merge leaves its badge, revoked, on the list. */
  @ManyToOne(() => RegistrationEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'registration_id', foreignKeyConstraintName: 'badges_registration_id_fkey' })
  registration: Relation<RegistrationEntity> | null;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'badges_user_id_fkey' })
  user: Relation<UserEntity> | null;

  @Column({ name: 'issued_at', type: 'timestamptz' })
  issuedAt: Date;

  @Column({ type: 'text' })
  kid: string;

  @ManyToOne(() => SigningKeyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'kid', foreignKeyConstraintName: 'badges_kid_fkey' })
  key: Relation<SigningKeyEntity>;

  /** The QR text, MQB1.payload.signature. */
  @Column({ type: 'text' })
  token: string;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ name: 'revoked_reason', type: 'text', nullable: true })
  revokedReason: string | null;

  @Column({ name: 'replaced_by_id', type: 'uuid', nullable: true })
  replacedById: string | null;

  @ManyToOne(() => BadgeEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'replaced_by_id', foreignKeyConstraintName: 'badges_replaced_by_id_fkey' })
  replacedBy: Relation<BadgeEntity> | null;
}
