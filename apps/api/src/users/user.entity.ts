import { LANGUAGES, type Language, ROLES, type Role } from '@multaqa/contract';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

const quoted = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

@Entity({ name: 'users' })
@Index('users_email_key', ['email'], { unique: true })
@Check('users_roles_check', `roles <@ ARRAY[${quoted(ROLES)}]::text[] AND cardinality(roles) > 0`)
@Check('users_language_check', `preferred_language IN (${quoted(LANGUAGES)})`)
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Always stored lower-cased, so the unique index is case-insensitive in effect. */
  @Column({ type: 'text' })
  email: string;

  @Column({ name: 'password_hash', type: 'text' })
  passwordHash: string;

  @Column({ name: 'full_name', type: 'text' })
  fullName: string;

  @Column({ type: 'text', array: true })
  roles: Role[];

  @Column({ name: 'preferred_language', type: 'varchar', length: 2, default: 'ar' })
  preferredLanguage: Language;

  @Column({ name: 'is_active', type: 'boolean', default: true })
  isActive: boolean;

  /** Accounts made by an admin are confirmed at once; a self-registered one when its link is followed. */
  @Column({
    name: 'email_confirmed_at',
    type: 'timestamptz',
    nullable: true,
    default: () => 'now()',
  })
  emailConfirmedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
