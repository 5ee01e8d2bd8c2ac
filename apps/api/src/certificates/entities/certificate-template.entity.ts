import type { CertificateElement } from '@multaqa/contract';
import {
  CERTIFICATE_LANGUAGE_MODES,
  PAGE_ORIENTATIONS,
  PAGE_SIZES,
  type CertificateLanguageMode,
} from '@multaqa/contract';
import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  UpdateDateColumn,
} from 'typeorm';
import { CertificateAssetEntity } from './certificate-asset.entity.js';

/** How a certificate looks: page, languages and positioned elements (see the contract). */
@Entity({ name: 'certificate_templates' })
export class CertificateTemplateEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'certificate_templates_pkey' })
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({
    name: 'page_size',
    type: 'enum',
    enum: PAGE_SIZES,
    enumName: 'certificate_page_size',
    default: 'A4',
  })
  pageSize: (typeof PAGE_SIZES)[number];

  @Column({
    type: 'enum',
    enum: PAGE_ORIENTATIONS,
    enumName: 'certificate_orientation',
    default: 'landscape',
  })
  orientation: (typeof PAGE_ORIENTATIONS)[number];

  @Column({
    name: 'language_mode',
    type: 'enum',
    enum: CERTIFICATE_LANGUAGE_MODES,
    enumName: 'certificate_language_mode',
    default: 'ar_en',
  })
  languageMode: CertificateLanguageMode;

  @Column({ name: 'mirror_for_rtl', type: 'boolean', default: true })
  mirrorForRtl: boolean;

  @Column({ name: 'background_asset_id', type: 'uuid', nullable: true })
  backgroundAssetId: string | null;

  @ManyToOne(() => CertificateAssetEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'background_asset_id',
    foreignKeyConstraintName: 'certificate_templates_background_asset_id_fkey',
  })
  backgroundAsset?: Relation<CertificateAssetEntity> | null;

  @Column({ type: 'jsonb', default: [] })
  elements: CertificateElement[];

  @Column({ type: 'boolean', default: false })
  archived: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
