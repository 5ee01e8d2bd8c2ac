import {
  CERTIFICATE_STATUSES,
  type CertificateClaims,
  type CertificateStatus,
} from '@multaqa/contract';
import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import { EventEntity } from '../../events/entities/event.entity.js';
import { JobEntity } from '../../jobs/job.entity.js';
import { ParticipantEntity } from '../../participants/participant.entity.js';
import { RegistrationEntity } from '../../registrations/entities/registration.entity.js';
import { SigningKeyEntity } from '../../signing/signing-key.entity.js';
import { CertificateTemplateEntity } from './certificate-template.entity.js';

/**
 * An issued certificate: the claims it shows (a snapshot), signed. At most one valid
 * certificate per registration (partial unique index), so issuing twice gives nobody a second.
 */
@Entity({ name: 'certificates' })
@Index('certificates_serial_key', ['serial'], { unique: true })
@Index('certificates_status_index_key', ['statusIndex'], { unique: true })
@Index('certificates_registration_valid_key', ['registrationId'], {
  unique: true,
  where: `status = 'valid'`,
})
@Index('certificates_event_id_idx', ['eventId'])
@Index('certificates_participant_id_idx', ['participantId'])
export class CertificateEntity {
  /** Chosen before insert. */
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'certificates_pkey' })
  id: string;

  @Column({ type: 'text' })
  serial: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @ManyToOne(() => EventEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'certificates_event_id_fkey' })
  event?: Relation<EventEntity>;

  @Column({ name: 'registration_id', type: 'uuid' })
  registrationId: string;

  @ManyToOne(() => RegistrationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'registration_id',
    foreignKeyConstraintName: 'certificates_registration_id_fkey',
  })
  registration?: Relation<RegistrationEntity>;

  @Column({ name: 'participant_id', type: 'uuid' })
  participantId: string;

  @ManyToOne(() => ParticipantEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'participant_id',
    foreignKeyConstraintName: 'certificates_participant_id_fkey',
  })
  participant?: Relation<ParticipantEntity>;

  @Column({ name: 'template_id', type: 'uuid' })
  templateId: string;

  @ManyToOne(() => CertificateTemplateEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'template_id', foreignKeyConstraintName: 'certificates_template_id_fkey' })
  template?: Relation<CertificateTemplateEntity>;

  @Column({ type: 'jsonb' })
  claims: CertificateClaims;

  /** MQC1.<payload>.<signature>, the part of the QR link after `#`. */
  @Column({ type: 'text' })
  token: string;

  @Column({ type: 'text' })
  kid: string;

  @ManyToOne(() => SigningKeyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'kid', foreignKeyConstraintName: 'certificates_kid_fkey' })
  key?: Relation<SigningKeyEntity>;

  /** The certificate's bit in the Bitstring Status List (0, 1, 2, … in issue order). */
  @Column({ name: 'status_index', type: 'int' })
  statusIndex: number;

  @Column({
    type: 'enum',
    enum: CERTIFICATE_STATUSES,
    enumName: 'certificate_status',
    default: 'valid',
  })
  status: CertificateStatus;

  @Column({ name: 'issued_at', type: 'timestamptz' })
  issuedAt: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ name: 'revocation_reason', type: 'text', nullable: true })
  revocationReason: string | null;

  @Column({ name: 'replaced_by_id', type: 'uuid', nullable: true })
  replacedById: string | null;

  @ManyToOne(() => CertificateEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'replaced_by_id',
    foreignKeyConstraintName: 'certificates_replaced_by_id_fkey',
  })
  replacedBy?: Relation<CertificateEntity> | null;

  /** Where the PDF is in FileStorage; null until it is rendered. */
  @Column({ name: 'file_key', type: 'text', nullable: true })
  fileKey: string | null;

  /** The issuing job that made it (null for a re-issue or the seed). */
  @Column({ name: 'job_id', type: 'uuid', nullable: true })
  jobId: string | null;

  @ManyToOne(() => JobEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'job_id', foreignKeyConstraintName: 'certificates_job_id_fkey' })
  job?: Relation<JobEntity> | null;
}
