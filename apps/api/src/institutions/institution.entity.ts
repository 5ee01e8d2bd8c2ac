import { INSTITUTION_KINDS, type InstitutionKind, type LocalizedText } from '@multaqa/contract';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';

@Entity({ name: 'institutions' })
@Index('institutions_country_code_idx', ['countryCode'])
export class InstitutionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'jsonb' })
  name: LocalizedText;

  @Column({ type: 'text', nullable: true })
  acronym: string | null;

  @Column({ type: 'enum', enum: INSTITUTION_KINDS, enumName: 'institution_kind' })
  kind: InstitutionKind;

  @Column({ name: 'country_code', type: 'char', length: 2 })
  countryCode: string;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => InstitutionEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'institutions_parent_id_fkey' })
  parent: Relation<InstitutionEntity> | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
