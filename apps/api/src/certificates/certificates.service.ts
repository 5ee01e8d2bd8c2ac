import { once } from 'node:events';
import { PassThrough, type Readable } from 'node:stream';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type Certificate,
  type certificateListQuerySchema,
  normalizeSerial,
  type Page,
  type PublicCertificate,
} from '@multaqa/contract';
import archiver from 'archiver';
import { DataSource } from 'typeorm';
import type { z } from 'zod';
import { loadEventFor, visibleEventIds } from '../common/access/events.js';
import { ownParticipantId } from '../common/access/people.js';
import type { SessionUser } from '../common/auth/current-user.js';
import { conflict, notFound, unprocessable } from '../common/errors/domain.exception.js';
import { escapeLike } from '../common/sql.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { publicBaseUrl } from '../config/public-url.js';
import { FILE_STORAGE, type FileStorage } from '../storage/file-storage.js';
import {
  CERTIFICATE_COLUMNS,
  type CertificateRow,
  loadCertificateDto,
  loadCertificateRow,
  toCertificateDto,
  toPublicCertificate,
} from './certificate.mapper.js';
import { CertificateIssuing } from './issuing.service.js';

type ListQuery = z.output<typeof certificateListQuerySchema>;

/** Reading, downloading and revoking issued certificates. */
@Injectable()
export class CertificatesService {
  private readonly logger = new Logger('Certificates');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    private readonly issuing: CertificateIssuing,
  ) {}

  private get base(): string {
    return publicBaseUrl(this.config);
  }

  /** The event's certificates (admins and the event's coordinators). */
  async list(eventId: string, query: ListQuery, user: SessionUser): Promise<Page<Certificate>> {
    await loadEventFor(this.db.manager, eventId, user);
    const params: unknown[] = [eventId];
    let where = 'c.event_id = $1';
    if (query.status) {
      params.push(query.status);
      where += ` AND c.status = $${params.length}`;
    }
    if (query.q) {
      const serial = normalizeSerial(query.q);
      params.push(`%${escapeLike(query.q)}%`);
      const like = `$${params.length}`;
      params.push(serial ?? query.q.toUpperCase());
      where += ` AND (c.claims->>'fullNameAr' ILIKE ${like} OR c.claims->>'fullNameLatin' ILIKE ${like}
                      OR c.serial ILIKE ${like} OR c.serial = $${params.length})`;
    }
    const [{ total }]: { total: number }[] = await this.db.query(
      `SELECT count(*)::int AS total FROM certificates c WHERE ${where}`,
      params,
    );
    const rows: CertificateRow[] = await this.db.query(
      `SELECT ${CERTIFICATE_COLUMNS} FROM certificates c WHERE ${where}
        ORDER BY c.issued_at DESC, c.serial DESC
        LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`,
      params,
    );
    return {
      items: rows.map((r) => toCertificateDto(r, this.base)),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  /** The PDF: for the event's staff and the participant themself (others: 404). */
  async pdf(id: string, user: SessionUser): Promise<{ bytes: Buffer; serial: string }> {
    const row = await this.db.manager
      .query(
        `SELECT id, serial, event_id, participant_id, registration_id, file_key FROM certificates WHERE id = $1`,
        [id],
      )
      .then(
        (
          rows: Pick<
            CertificateRow,
            'id' | 'serial' | 'event_id' | 'participant_id' | 'registration_id' | 'file_key'
          >[],
        ) => rows[0],
      );
    if (!row || !(await this.maySee(row, user))) throw notFound('certificate');
    return { bytes: await this.file(row), serial: row.serial };
  }

  /** Every valid certificate of the event as one ZIP, streamed while it is written. */
  async zip(eventId: string, user: SessionUser): Promise<{ stream: Readable; filename: string }> {
    await loadEventFor(this.db.manager, eventId, user);
    const rows: Pick<CertificateRow, 'id' | 'serial' | 'file_key'>[] = await this.db.query(
      `SELECT id, serial, file_key FROM certificates WHERE event_id = $1 AND status = 'valid' ORDER BY serial`,
      [eventId],
    );
    if (rows.length === 0) throw unprocessable('no_certificates');
    const archive = archiver('zip', { zlib: { level: 1 } });
    const out = new PassThrough();
    archive.on('warning', (e) => this.logger.warn(`ZIP warning: ${String(e)}`));
    archive.on('error', (e) => out.destroy(e));
    archive.pipe(out);
    // A client that goes away stops the work (the loop below waits on it no longer).
    const gone = new AbortController();
    out.on('close', () => gone.abort());
    void (async () => {
      for (const row of rows) {
        // One file at a time: the archive never holds more than one PDF in memory.
        const stream = row.file_key ? await this.storage.stream(row.file_key) : null;
        archive.append(stream ?? (await this.file(row)), { name: `${row.serial}.pdf` });
        await once(archive, 'entry', { signal: gone.signal });
      }
      await archive.finalize();
    })().catch((error: unknown) => {
      if (gone.signal.aborted) {
        archive.abort();
        return;
      }
      this.logger.warn(`ZIP of event ${eventId} failed: ${String(error)}`);
      archive.abort();
      out.destroy(error instanceof Error ? error : new Error(String(error)));
    });
    return { stream: out, filename: `certificates-${eventId.slice(0, 8)}.zip` };
  }

  async revoke(id: string, reason: string): Promise<Certificate> {
    await this.db.transaction(async (tx) => {
      const [row]: { status: string }[] = await tx.query(
        `SELECT status FROM certificates WHERE id = $1 FOR UPDATE`,
        [id],
      );
      if (!row) throw notFound('certificate');
      if (row.status !== 'valid') throw conflict('certificate_already_revoked');
      await tx.query(
        `UPDATE certificates SET status = 'revoked', revoked_at = now(), revocation_reason = $2 WHERE id = $1`,
        [id, reason],
      );
    });
    return loadCertificateDto(this.db.manager, id, this.base);
  }

  /** The signed-in participant's certificates, newest first (none for a staff account). */
  async mine(user: SessionUser): Promise<{ items: Certificate[] }> {
    const participantId = await ownParticipantId(this.db.manager, user);
    if (!participantId) return { items: [] };
    const rows: CertificateRow[] = await this.db.query(
      `SELECT ${CERTIFICATE_COLUMNS} FROM certificates c
        WHERE c.participant_id = $1
           OR c.registration_id IN (SELECT id FROM registrations WHERE participant_id = $1)
        ORDER BY c.issued_at DESC, c.serial DESC`,
      [participantId],
    );
    return { items: rows.map((r) => toCertificateDto(r, this.base)) };
  }

  /** Anyone, by serial as typed: what the certificate shows and its status. */
  async publicView(typed: string): Promise<PublicCertificate> {
    const serial = normalizeSerial(typed.slice(0, 100));
    if (!serial) throw notFound('certificate');
    const [row]: CertificateRow[] = await this.db.query(
      `SELECT ${CERTIFICATE_COLUMNS} FROM certificates c WHERE c.serial = $1`,
      [serial],
    );
    if (!row) throw notFound('certificate');
    return toPublicCertificate(row);
  }

  /** Staff who see the event, or the person the certificate is for. */
  private async maySee(
    row: Pick<CertificateRow, 'event_id' | 'participant_id' | 'registration_id'>,
    user: SessionUser,
  ): Promise<boolean> {
    if ((await visibleEventIds(this.db.manager, [row.event_id], user)).has(row.event_id)) {
      return true;
    }
    const own = await ownParticipantId(this.db.manager, user);
    if (!own) return false;
    if (own === row.participant_id) return true;
    const [moved]: unknown[] = await this.db.query(
      `SELECT 1 FROM registrations WHERE id = $1 AND participant_id = $2`,
      [row.registration_id, own],
    );
    return !!moved;
  }

  /** The stored PDF; rendered (and stored) again when it is missing. */
  private async file(row: Pick<CertificateRow, 'id' | 'file_key'>): Promise<Buffer> {
    const stored = row.file_key ? await this.storage.get(row.file_key) : null;
    if (stored) return stored;
    await this.issuing.renderAndStore([row.id]);
    const { file_key } = await loadCertificateRow(this.db.manager, row.id);
    const bytes = file_key ? await this.storage.get(file_key) : null;
    if (!bytes) throw new Error(`Certificate ${row.id} has no file after rendering`);
    return bytes;
  }
}
