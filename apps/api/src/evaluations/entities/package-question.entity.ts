import type { LocalizedText, QuestionOption, QuestionType } from '@multaqa/contract';
import { QUESTION_TYPES } from '@multaqa/contract';
import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import { TrainingPackageEntity } from '../../training-packages/entities/training-package.entity.js';

/**
 * A question of a training package version's bank. Ids come from the client so that editing a
 * question keeps its id; a new version copies the bank with new ids.
 */
@Entity({ name: 'package_questions' })
@Index('package_questions_package_position_idx', ['packageId', 'position'])
export class PackageQuestionEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'package_questions_pkey' })
  id: string;

  @Column({ name: 'package_id', type: 'uuid' })
  packageId: string;

  @ManyToOne(() => TrainingPackageEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'package_id', foreignKeyConstraintName: 'package_questions_package_id_fkey' })
  package?: Relation<TrainingPackageEntity>;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'enum', enum: QUESTION_TYPES, enumName: 'question_type' })
  type: QuestionType;

  @Column({ type: 'jsonb' })
  prompt: LocalizedText;

  /** With their correct flags; only staff ever see these. */
  @Column({ type: 'jsonb' })
  options: QuestionOption[];

  @Column({ type: 'int', default: 1 })
  points: number;
}
