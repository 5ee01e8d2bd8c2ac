import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CertificateClaims } from '@multaqa/contract';
import type { DataSource } from 'typeorm';

/*
 * What this module reads of the certificates module's tables, as two small interfaces (tests
 * replace them to build credentials from plain data) with implementations over those tables.
 */

/** A certificate as its credential needs it. */
export interface CertificateRecord {
  id: string;
  serial: string;
  claims: CertificateClaims;
  /** Its bit in the status lists; null when it has none. */
  statusIndex: number | null;
  eventId: string;
  participantId: string;
  issuedAt: Date;
  /** The participant's email, hashed (salted) into the credential; null when none. */
  recipientEmail: string | null;
  /** The event's rule, for the criteria narrative; null when unknown. */
  minAttendancePercent: number | null;
}

export interface CertificateLookup {
  /** The certificate, or null when there is none. Who may read it is checked by the caller. */
  find(id: string): Promise<CertificateRecord | null>;
}

export interface RevokedIndexes {
  /** The status indexes of revoked certificates between `first` and `last` (both included). */
  revokedIn(range: { first: number; last: number }): Promise<number[]>;
}

export const CERTIFICATE_LOOKUP = Symbol('CERTIFICATE_LOOKUP');
export const REVOKED_INDEXES = Symbol('REVOKED_INDEXES');

@Injectable()
export class SqlCertificateLookup implements CertificateLookup {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async find(id: string): Promise<CertificateRecord | null> {
    const rows: {
      id: string;
      serial: string;
      claims: CertificateClaims;
      status_index: number | null;
      event_id: string;
      participant_id: string;
      issued_at: Date;
      email: string | null;
      min_attendance_percent: number | null;
    }[] = await this.db.query(
      `SELECT c.id, c.serial, c.claims, c.status_index, c.event_id, c.participant_id,
              c.issued_at, p.email, r.min_attendance_percent
         FROM certificates c LEFT JOIN participants p ON p.id = c.participant_id
         LEFT JOIN event_certificate_rules r ON r.event_id = c.event_id
        WHERE c.id = $1`,
      [id],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      id: row.id,
      serial: row.serial,
      claims: row.claims,
      statusIndex: row.status_index,
      eventId: row.event_id,
      participantId: row.participant_id,
      issuedAt: new Date(row.issued_at),
      recipientEmail: row.email,
      minAttendancePercent: row.min_attendance_percent,
    };
  }
}

@Injectable()
export class SqlRevokedIndexes implements RevokedIndexes {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async revokedIn(range: { first: number; last: number }): Promise<number[]> {
    const rows: { status_index: number }[] = await this.db.query(
      `SELECT status_index FROM certificates
        WHERE status = 'revoked' AND status_index BETWEEN $1 AND $2`,
      [range.first, range.last],
    );
    return rows.map((row) => row.status_index);
  }
}
