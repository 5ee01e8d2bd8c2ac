import { CERTIFICATE_ASSET_TYPES } from '@multaqa/contract';
import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { UserEntity } from '../../users/user.entity.js';

/** An uploaded image a template draws (background, logo, seal, signature); bytes in FileStorage. */
@Entity({ name: 'certificate_assets' })
export class CertificateAssetEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'certificate_assets_pkey' })
  id: string;

  @Column({ name: 'content_type', type: 'text' })
  contentType: (typeof CERTIFICATE_ASSET_TYPES)[number];

  @Column({ name: 'width_px', type: 'int' })
  widthPx: number;

  @Column({ name: 'height_px', type: 'int' })
  heightPx: number;

  @Column({ name: 'storage_key', type: 'text' })
  storageKey: string;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'created_by',
    foreignKeyConstraintName: 'certificate_assets_created_by_fkey',
  })
  createdBy?: Relation<UserEntity> | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
