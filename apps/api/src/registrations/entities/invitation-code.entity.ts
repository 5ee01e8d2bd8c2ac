import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { EventEntity } from '../../events/entities/event.entity.js';
import { InstitutionEntity } from '../../institutions/institution.entity.js';

/** A code handed to an institution: registering with it counts against its own limit. */
@Entity({ name: 'invitation_codes' })
@Index('invitation_codes_code_key', ['code'], { unique: true })
@Index('invitation_codes_event_id_idx', ['eventId'])
@Check('invitation_codes_uses_check', 'uses >= 0 AND uses <= max_uses')
export class InvitationCodeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'invitation_codes_event_id_fkey' })
  event: Relation<EventEntity>;

  @Column({ type: 'text' })
  code: string;

  @Column({ name: 'institution_id', type: 'uuid', nullable: true })
  institutionId: string | null;

  @ManyToOne(() => InstitutionEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'institution_id',
    foreignKeyConstraintName: 'invitation_codes_institution_id_fkey',
  })
  institution: Relation<InstitutionEntity> | null;

  @Column({ name: 'max_uses', type: 'int' })
  maxUses: number;

  @Column({ type: 'int', default: 0 })
  uses: number;

  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ type: 'text', default: '' })
  note: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
