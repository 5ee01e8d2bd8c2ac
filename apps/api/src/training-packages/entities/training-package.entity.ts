import { type LocalizedText, PACKAGE_STATUSES, type PackageStatus } from '@multaqa/contract';
import {
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
import { UserEntity } from '../../users/user.entity.js';
import { PackageModuleEntity } from './package-module.entity.js';

/**
 * One version of a training package. Versions of the same curriculum share a `lineageId`;
 * a published version is frozen, and changes go into a new draft version.
 */
@Entity({ name: 'training_packages' })
@Index('training_packages_lineage_version_key', ['lineageId', 'version'], { unique: true })
@Index('training_packages_one_draft_per_lineage', ['lineageId'], {
  unique: true,
  where: `status = 'draft'`,
})
@Index('training_packages_status_idx', ['status'])
export class TrainingPackageEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'lineage_id', type: 'uuid' })
  lineageId: string;

  @Column({ type: 'int', default: 1 })
  version: number;

  @Column({
    type: 'enum',
    enum: PACKAGE_STATUSES,
    enumName: 'training_package_status',
    default: 'draft',
  })
  status: PackageStatus;

  @Column({ type: 'jsonb' })
  title: LocalizedText;

  @Column({ type: 'jsonb', default: {} })
  description: LocalizedText;

  @Column({ type: 'jsonb', default: {} })
  objectives: LocalizedText;

  @Column({ name: 'target_audience', type: 'jsonb', default: {} })
  targetAudience: LocalizedText;

  @OneToMany(() => PackageModuleEntity, (module) => module.package, { cascade: true })
  modules: Relation<PackageModuleEntity>[];

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'created_by_id',
    foreignKeyConstraintName: 'training_packages_created_by_id_fkey',
  })
  createdBy: Relation<UserEntity> | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt: Date | null;
}
