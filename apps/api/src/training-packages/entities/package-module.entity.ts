import type { LocalizedText } from '@multaqa/contract';
import {
  Check,
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  type Relation,
} from 'typeorm';
import { TrainingPackageEntity } from './training-package.entity.js';

/** numeric comes back from pg as a string; hours are small decimals, safe as JS numbers. */
const hoursTransformer = {
  to: (value: number) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

@Entity({ name: 'package_modules' })
// Deferred so that reordering can swap positions inside one transaction.
@Unique('package_modules_package_position_key', ['packageId', 'position'], {
  deferrable: 'INITIALLY DEFERRED',
})
@Check('package_modules_hours_check', 'hours > 0')
export class PackageModuleEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'package_id', type: 'uuid' })
  packageId: string;

  @ManyToOne(() => TrainingPackageEntity, (pkg) => pkg.modules, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'package_id', foreignKeyConstraintName: 'package_modules_package_id_fkey' })
  package: Relation<TrainingPackageEntity>;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'jsonb' })
  title: LocalizedText;

  @Column({ type: 'numeric', precision: 5, scale: 1, transformer: hoursTransformer })
  hours: number;

  @Column({ name: 'learning_outcomes', type: 'jsonb', default: {} })
  learningOutcomes: LocalizedText;
}
