import {
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
  UpdateDateColumn,
} from 'typeorm';
import { EventEntity } from '../../events/entities/event.entity.js';
import { CertificateTemplateEntity } from './certificate-template.entity.js';

/** Who gets a certificate for an event, and with which template. */
@Entity({ name: 'event_certificate_rules' })
export class EventCertificateRuleEntity {
  @PrimaryColumn({
    name: 'event_id',
    type: 'uuid',
    primaryKeyConstraintName: 'event_certificate_rules_pkey',
  })
  eventId: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'event_id',
    foreignKeyConstraintName: 'event_certificate_rules_event_id_fkey',
  })
  event?: Relation<EventEntity>;

  @Column({ name: 'min_attendance_percent', type: 'int', default: 80 })
  minAttendancePercent: number;

  @Column({ name: 'template_id', type: 'uuid' })
  templateId: string;

  @ManyToOne(() => CertificateTemplateEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'template_id',
    foreignKeyConstraintName: 'event_certificate_rules_template_id_fkey',
  })
  template?: Relation<CertificateTemplateEntity>;

  @Column({ name: 'email_participants', type: 'boolean', default: true })
  emailParticipants: boolean;

  /** Also require a passed post-test (evaluations). */
  @Column({ name: 'require_post_test_pass', type: 'boolean', default: false })
  requirePostTestPass: boolean;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
