import { EMAIL_STATUSES, type Language } from '@multaqa/contract';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

export interface EmailAttachment {
  filename: string;
  contentType: string;
  /** A FileStorage key. */
  storageKey: string;
}

/** The outbox: every message is written here first, in the transaction that causes it. */
@Entity({ name: 'email_messages' })
@Index('email_messages_status_idx', ['status'])
export class EmailMessageEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'to_address', type: 'text' })
  to: string;

  @Column({ type: 'varchar', length: 2 })
  language: Language;

  @Column({ type: 'text' })
  template: string;

  @Column({ type: 'text' })
  subject: string;

  @Column({ name: 'text_body', type: 'text' })
  text: string;

  /** The HTML part, when the message has one (certificates); others are plain text only. */
  @Column({ name: 'html_body', type: 'text', nullable: true })
  html: string | null;

  /** Files read from FileStorage when the message is sent (not copied into the outbox). */
  @Column({ type: 'jsonb', nullable: true })
  attachments: EmailAttachment[] | null;

  @Column({ type: 'enum', enum: EMAIL_STATUSES, enumName: 'email_status', default: 'queued' })
  status: (typeof EMAIL_STATUSES)[number];

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;
}
