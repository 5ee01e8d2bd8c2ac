import { GENDERS, type Gender, type Language } from '@multaqa/contract';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  UpdateDateColumn,
} from 'typeorm';
import { InstitutionEntity } from '../institutions/institution.entity.js';
import { UserEntity } from '../users/user.entity.js';

/** One person across all events. Sensitive: officials of security and defence ministries. */
@Entity({ name: 'participants' })
@Index('participants_email_key', ['email'], { unique: true, where: 'merged_into_id IS NULL' })
@Index('participants_phone_idx', ['phone'])
@Index('participants_user_id_key', ['userId'], { unique: true })
@Index('participants_institution_id_idx', ['institutionId'])
export class ParticipantEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'full_name_ar', type: 'text', default: '' })
  fullNameAr: string;

  @Column({ name: 'full_name_latin', type: 'text', default: '' })
  fullNameLatin: string;

  /** normalizeName() of the names, for finding likely duplicates. */
  @Column({ name: 'name_key_ar', type: 'text', default: '' })
  nameKeyAr: string;

  @Column({ name: 'name_key_latin', type: 'text', default: '' })
  nameKeyLatin: string;

  @Column({ type: 'enum', enum: GENDERS, enumName: 'participant_gender' })
  gender: Gender;

  @Column({ type: 'char', length: 2 })
  nationality: string;

  @Column({ name: 'institution_id', type: 'uuid', nullable: true })
  institutionId: string | null;

  @ManyToOne(() => InstitutionEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'institution_id',
    foreignKeyConstraintName: 'participants_institution_id_fkey',
  })
  institution: Relation<InstitutionEntity> | null;

  @Column({ type: 'text', default: '' })
  position: string;

  @Column({ type: 'text', nullable: true })
  email: string | null;

  /** E.164. */
  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ name: 'preferred_language', type: 'varchar', length: 2, default: 'ar' })
  preferredLanguage: Language;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'participants_user_id_fkey' })
  user: Relation<UserEntity> | null;

  /** Set when this record was merged into another; it is then kept only for history. */
  @Column({ name: 'merged_into_id', type: 'uuid', nullable: true })
  mergedIntoId: string | null;

  @ManyToOne(() => ParticipantEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'merged_into_id',
    foreignKeyConstraintName: 'participants_merged_into_id_fkey',
  })
  mergedInto: Relation<ParticipantEntity> | null;

  /** Who entered the record; a coordinator sees the people they entered or registered. */
  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'created_by_id',
    foreignKeyConstraintName: 'participants_created_by_id_fkey',
  })
  createdBy: Relation<UserEntity> | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
