import type {
  Certificate,
  CertificateClaims,
  CertificateStatus,
  PublicCertificate,
} from '@multaqa/contract';
import type { EntityManager } from 'typeorm';
import { notFound } from '../common/errors/domain.exception.js';
import { certificateVerificationUrl } from '../documents/certificate-token.js';

/** A certificates row with its replacement's serial, as the SELECT below reads it. */
export interface CertificateRow {
  id: string;
  serial: string;
  status: CertificateStatus;
  event_id: string;
  registration_id: string;
  participant_id: string;
  template_id: string;
  claims: CertificateClaims;
  token: string;
  issued_at: Date;
  revoked_at: Date | null;
  revocation_reason: string | null;
  replaced_by_serial: string | null;
  file_key: string | null;
}

export const CERTIFICATE_COLUMNS = `c.id, c.serial, c.status, c.event_id, c.registration_id,
  c.participant_id, c.template_id, c.claims, c.token, c.issued_at, c.revoked_at,
  c.revocation_reason, c.file_key, (SELECT n.serial FROM certificates n WHERE n.id = c.replaced_by_id) AS replaced_by_serial`;

export const toCertificateDto = (row: CertificateRow, base: string): Certificate => ({
  id: row.id,
  serial: row.serial,
  status: row.status,
  eventId: row.event_id,
  registrationId: row.registration_id,
  participantId: row.participant_id,
  templateId: row.template_id,
  claims: row.claims,
  verificationUrl: certificateVerificationUrl(base, row.serial, row.token),
  token: row.token,
  issuedAt: row.issued_at.toISOString(),
  revokedAt: row.revoked_at?.toISOString() ?? null,
  revocationReason: row.revocation_reason,
  replacedBySerial: row.replaced_by_serial,
});

/** Exactly what the public verification page may show: the claims and the status, nothing else. */
export const toPublicCertificate = (row: CertificateRow): PublicCertificate => ({
  serial: row.serial,
  status: row.status,
  claims: row.claims,
  revokedAt: row.revoked_at?.toISOString() ?? null,
  revocationReason: row.revocation_reason,
  replacedBySerial: row.replaced_by_serial,
});

export async function loadCertificateRow(
  manager: EntityManager,
  id: string,
): Promise<CertificateRow> {
  const [row]: CertificateRow[] = await manager.query(
    `SELECT ${CERTIFICATE_COLUMNS} FROM certificates c WHERE c.id = $1`,
    [id],
  );
  if (!row) throw notFound('certificate');
  return row;
}

export async function loadCertificateDto(
  manager: EntityManager,
  id: string,
  base: string,
): Promise<Certificate> {
  return toCertificateDto(await loadCertificateRow(manager, id), base);
}
