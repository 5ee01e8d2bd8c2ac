import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  Unique,
} from 'typeorm';
import { RegistrationEntity } from '../../registrations/entities/registration.entity.js';
import { EvaluationEntity } from './evaluation.entity.js';

/**
 * A personal link to one evaluation, emailed to a participant (who may have no account). Only
 * the token's SHA-256 is stored; the link works until the evaluation closes or is answered.
 */
@Entity({ name: 'evaluation_links' })
@Unique('evaluation_links_evaluation_registration_key', ['evaluationId', 'registrationId'])
@Unique('evaluation_links_token_hash_key', ['tokenHash'])
export class EvaluationLinkEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'evaluation_links_pkey' })
  id: string;

  @Column({ name: 'evaluation_id', type: 'uuid' })
  evaluationId: string;

  @ManyToOne(() => EvaluationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'evaluation_id',
    foreignKeyConstraintName: 'evaluation_links_evaluation_id_fkey',
  })
  evaluation?: Relation<EvaluationEntity>;

  @Column({ name: 'registration_id', type: 'uuid' })
  registrationId: string;

  @ManyToOne(() => RegistrationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'registration_id',
    foreignKeyConstraintName: 'evaluation_links_registration_id_fkey',
  })
  registration?: Relation<RegistrationEntity>;

  @Column({ name: 'token_hash', type: 'bytea' })
  tokenHash: Buffer;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
