import { randomUUID } from 'node:crypto';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type Certificate,
  type CertificateClaims,
  type CertificateTemplateDesign,
  formatSerial,
  type Job,
  type Language,
  pickLocalized,
} from '@multaqa/contract';
import { DataSource, type EntityManager, type QueryRunner } from 'typeorm';
import { actingAs } from '../audit/audit-context.js';
import { loadEventFor } from '../common/access/events.js';
import type { SessionUser } from '../common/auth/current-user.js';
import { conflict, notFound } from '../common/errors/domain.exception.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { publicBaseUrl } from '../config/public-url.js';
import { renderCertificate } from '../documents/certificate.js';
import {
  certificateVerificationUrl,
  encodeCertificateToken,
} from '../documents/certificate-token.js';
import { JobProgress, type TrackedJob } from '../jobs/job-progress.service.js';
import { OutboxService, type OutgoingEmail } from '../notifications/outbox.service.js';
import { type Signer, SigningService } from '../signing/signing.service.js';
import { FILE_STORAGE, type FileStorage } from '../storage/file-storage.js';
import { loadCertificateDto } from './certificate.mapper.js';
import { buildClaims, type EventSource, loadClaimSources, loadEventSource } from './claims.js';
import { eligibilityEntries } from './eligibility.js';
import { CertificateTemplateEntity } from './entities/certificate-template.entity.js';
import { loadRule } from './rules.service.js';
import { designOf, loadAssets } from './templates.service.js';
import { personName } from '../participants/person-name.js';

export const ISSUE_QUEUE = 'certificates-issue';
export const ISSUE_JOB_KIND = 'certificates_issue';
/** Certificates per transaction: small, so a crash loses little and workers interleave. */
const BATCH_SIZE = 10;
/** How often a worker looks for issuing jobs whose worker died (their advisory lock is free). */
const SWEEP_INTERVAL_MS = 5_000;

interface IssueInput {
  eventId: string;
  templateId: string;
  /** Fixed when the job starts; `jobs.done` is how far along this list the work got. */
  registrationIds: string[];
}

interface IssueContext {
  event: EventSource;
  templateId: string;
  design: CertificateTemplateDesign;
  /**
   * Loaded before the transaction opens: loading it may need a connection of its own, and
   * PGlite serves only one (a transaction that waits for a second one would wait forever).
   */
  signer: Signer;
}

/** A certificate just inserted, before its PDF exists. */
interface Issued {
  id: string;
  serial: string;
}

const lockKey = (jobId: string) => `certificates-issue:${jobId}`;

/**
 * Issuing certificates: a tracked background job per request, in small batches, each batch one
 * transaction that locks the year's serial counter, re-checks who still lacks a valid
 * certificate, allocates serials, signs the claims and inserts the rows. So serials have no
 * gaps (a rollback returns them) and no duplicates (one counter holder at a time), and nobody
 * gets two (the check inside the lock, and the partial unique index behind it).
 *
 * PDFs are rendered after each batch commits; a run starts by rendering any certificate of the
 * event whose file is missing, so a crash between the two never re-issues, it re-renders.
 *
 * Crash safety: the process running a job holds a session advisory lock named after it. When a
 * worker is killed its connection closes and the lock frees; the other workers' sweep (and a
 * restarted worker's first sweep) takes the job over at once, continuing from `jobs.done`.
 */
@Injectable()
export class CertificateIssuing implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Certificates');
  private readonly runningHere = new Set<string>();
  private sweeper?: NodeJS.Timeout;
  private stopped = false;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    private readonly progress: JobProgress,
    private readonly signing: SigningService,
    private readonly outbox: OutboxService,
  ) {
    this.progress.register<IssueInput>({
      name: ISSUE_QUEUE,
      retryLimit: 5,
      run: async (job: TrackedJob<IssueInput>) => {
        await this.runExclusively(job.id, 'wait');
      },
    });
  }

  onApplicationBootstrap(): void {
    if (this.config.PROCESS_ROLE === 'api') return;
    const sweep = () =>
      void this.resumeOrphans().catch((e: unknown) =>
        this.logger.warn(`Certificate job sweep failed: ${String(e)}`),
      );
    sweep();
    this.sweeper = setInterval(sweep, SWEEP_INTERVAL_MS);
    this.sweeper.unref();
  }

  onModuleDestroy(): void {
    this.stopped = true;
    if (this.sweeper) clearInterval(this.sweeper);
  }

  /** POST /events/:id/certificates/issue: who qualifies and has none now, handed to a job. */
  async startIssue(
    eventId: string,
    body: { registrationIds?: string[] },
    user: SessionUser,
  ): Promise<{ job: Job }> {
    const event = await loadEventFor(this.db.manager, eventId, user);
    const rule = await loadRule(this.db.manager, eventId);
    if (!rule) throw conflict('certificate_rule_missing');
    const template = await this.db
      .getRepository(CertificateTemplateEntity)
      .findOneBy({ id: rule.templateId });
    if (!template || template.archived) throw conflict('certificate_template_archived');
    const wanted = body.registrationIds ? new Set(body.registrationIds) : null;
    const entries = await eligibilityEntries(this.db.manager, event, rule);
    const registrationIds = entries
      .filter((e) => e.qualifies && !e.certificate && (!wanted || wanted.has(e.registrationId)))
      .map((e) => e.registrationId);
    const job = await this.progress.start(ISSUE_QUEUE, {
      kind: ISSUE_JOB_KIND,
      total: registrationIds.length,
      input: { eventId, templateId: template.id, registrationIds } satisfies IssueInput,
      createdById: user.id,
      eventId,
      result: {
        issued: 0,
        skipped: 0,
        notQualifying: wanted ? wanted.size - registrationIds.length : 0,
      },
    });
    return { job };
  }

  /**
   * Issues to these registrations now, in the caller's transaction (the demo seed; re-issue).
   * Same code as the job's batches; returns what was inserted (already-certified are skipped).
   */
  async issueNow(
    tx: EntityManager,
    eventId: string,
    templateId: string,
    registrationIds: string[],
    signer: Signer,
    issuedAt = new Date(),
  ): Promise<Issued[]> {
    const context = await this.context(tx, eventId, templateId, signer);
    const issued: Issued[] = [];
    for (let i = 0; i < registrationIds.length; i += BATCH_SIZE) {
      issued.push(
        ...(await this.issueBatch(
          tx,
          context,
          registrationIds.slice(i, i + BATCH_SIZE),
          null,
          issuedAt,
        )),
      );
    }
    return issued;
  }

  /** The current signing key, to take before opening the transaction that issues. */
  signer(): Promise<Signer> {
    return this.signing.signer();
  }

  /**
   * A new certificate from the registration as it is now; the old one revoked, pointing to it.
   * A certificate revoked without a replacement (issued by mistake) can be reissued too: it keeps
   * its revocation and reason, and points to the new one. Bulk issuing skips such registrations,
   * so this is the only way they get a certificate again.
   */
  async reissue(id: string, reason: string): Promise<Certificate> {
    const signer = await this.signing.signer();
    const issued = await this.db.transaction(async (tx) => {
      const [old]: {
        id: string;
        status: string;
        event_id: string;
        registration_id: string;
        template_id: string;
        replaced_by_id: string | null;
      }[] = await tx.query(
        `SELECT id, status, event_id, registration_id, template_id, replaced_by_id
           FROM certificates WHERE id = $1 FOR UPDATE`,
        [id],
      );
      if (!old) throw notFound('certificate');
      if (old.status !== 'valid' && old.replaced_by_id) {
        throw conflict('certificate_already_revoked');
      }
      if (old.status === 'valid') {
        await tx.query(
          `UPDATE certificates SET status = 'revoked', revoked_at = now(), revocation_reason = $2 WHERE id = $1`,
          [id, reason],
        );
      }
      const [fresh] = await this.issueNow(
        tx,
        old.event_id,
        old.template_id,
        [old.registration_id],
        signer,
      );
      if (!fresh) throw conflict('certificate_registration_not_approved');
      await tx.query(`UPDATE certificates SET replaced_by_id = $2 WHERE id = $1`, [id, fresh.id]);
      return fresh;
    });
    await this.renderAndStore([issued.id]);
    return loadCertificateDto(this.db.manager, issued.id, publicBaseUrl(this.config));
  }

  /**
   * Renders and stores the PDFs of these certificates; the first time a certificate gets its
   * file, its email is queued (when the event's rule says so) in the same transaction.
   */
  async renderAndStore(
    ids: string[],
    options: { email?: boolean } = { email: true },
  ): Promise<void> {
    if (ids.length === 0) return;
    const rows: {
      id: string;
      serial: string;
      claims: CertificateClaims;
      token: string;
      template_id: string;
      event_id: string;
      participant_id: string;
    }[] = await this.db.query(
      `SELECT id, serial, claims, token, template_id, event_id, participant_id FROM certificates
        WHERE id = ANY($1::uuid[]) ORDER BY serial`,
      [ids],
    );
    const designs = new Map<
      string,
      { design: CertificateTemplateDesign; assets: Map<string, Buffer> }
    >();
    const base = publicBaseUrl(this.config);
    for (const row of rows) {
      let look = designs.get(row.template_id);
      if (!look) {
        const template = await this.db
          .getRepository(CertificateTemplateEntity)
          .findOneByOrFail({ id: row.template_id });
        const design = designOf(template);
        look = { design, assets: await loadAssets(this.db.manager, this.storage, design) };
        designs.set(row.template_id, look);
      }
      const url = certificateVerificationUrl(base, row.serial, row.token);
      const pdf = await renderCertificate({
        design: look.design,
        claims: row.claims,
        verificationUrl: url,
        token: row.token,
        assets: look.assets,
      });
      const key = `certificates/${row.serial}.pdf`;
      await this.storage.put(key, pdf, 'application/pdf');
      const queued = await this.db.transaction(async (tx) => {
        const [first]: unknown[] = await tx.query(
          `UPDATE certificates SET file_key = $2 WHERE id = $1 AND file_key IS NULL RETURNING id`,
          [row.id, key],
        );
        if (!first || !options.email) return [];
        const rule = await loadRule(tx, row.event_id);
        if (!rule?.emailParticipants) return [];
        const email = await this.certificateEmail(tx, row.participant_id, row.claims, url, key);
        return email ? [await this.outbox.enqueue(tx, email)] : [];
      });
      this.outbox.dispatch(queued);
    }
  }

  /**
   * The valid certificates of an event whose PDF is missing: never rendered (no file key), or,
   * with `checkStorage`, lost from the store (one existence check per certificate).
   */
  async renderMissing(
    eventId: string,
    options: { heartbeatJobId?: string; checkStorage: boolean },
  ): Promise<number> {
    const rows: { id: string; file_key: string | null }[] = await this.db.query(
      `SELECT id, file_key FROM certificates
        WHERE event_id = $1 AND status = 'valid' AND ($2 OR file_key IS NULL) ORDER BY serial`,
      [eventId, options.checkStorage],
    );
    const missing: string[] = [];
    for (const row of rows) {
      if (!row.file_key || !(await this.storage.exists(row.file_key))) missing.push(row.id);
    }
    const heartbeatJobId = options.heartbeatJobId;
    for (let i = 0; i < missing.length; i += BATCH_SIZE) {
      await this.renderAndStore(missing.slice(i, i + BATCH_SIZE));
      if (heartbeatJobId) {
        await this.db.query(`UPDATE jobs SET updated_at = now() WHERE id = $1`, [heartbeatJobId]);
      }
    }
    return missing.length;
  }

  /** The whole job, from wherever it got to. Safe to run twice at once (see the class comment). */
  private async runJob(jobId: string): Promise<void> {
    const [job]: { input: IssueInput | null; status: string }[] = await this.db.query(
      `SELECT input, status FROM jobs WHERE id = $1`,
      [jobId],
    );
    if (!job?.input || job.status === 'completed') return;
    const input = job.input;
    // A run starts by drawing what an earlier run (or a crash) left without its file.
    await this.renderMissing(input.eventId, { heartbeatJobId: jobId, checkStorage: true });
    for (;;) {
      if (this.stopped) throw new Error('Shutting down');
      const signer = await this.signing.signer();
      const context = await this.context(this.db.manager, input.eventId, input.templateId, signer);
      const issued = await this.db.transaction(async (tx) => {
        // The job row's lock orders the batches of one job, whoever runs them.
        const [row]: { done: number }[] = await tx.query(
          `SELECT done FROM jobs WHERE id = $1 FOR UPDATE`,
          [jobId],
        );
        if (!row || row.done >= input.registrationIds.length) return null;
        const slice = input.registrationIds.slice(row.done, row.done + BATCH_SIZE);
        const inserted = await this.issueBatch(tx, context, slice, jobId, new Date());
        await this.progress.advance(tx, jobId, slice.length, {
          issued: inserted.length,
          skipped: slice.length - inserted.length,
        });
        return inserted;
      });
      if (issued === null) break;
      await this.renderAndStore(issued.map((c) => c.id));
    }
    // What another runner of this event inserted and has not drawn yet (it may have died).
    await this.renderMissing(input.eventId, { heartbeatJobId: jobId, checkStorage: false });
  }

  /**
   * One job at a time per job id across processes (session advisory lock on a connection of
   * its own, released when the process dies). `wait`: the queue's handler waits for another
   * runner to finish (then finds nothing left); `try`: the sweep skips a job someone runs.
   */
  private async runExclusively(jobId: string, mode: 'wait' | 'try'): Promise<boolean> {
    while (this.runningHere.has(jobId)) {
      if (mode === 'try') return false;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    this.runningHere.add(jobId);
    let runner: QueryRunner | null = null;
    try {
      // PGlite serves one connection: one process, and runningHere already excludes.
      if (!this.singleConnection()) {
        runner = this.db.createQueryRunner();
        await runner.connect();
        const sql =
          mode === 'wait'
            ? `SELECT pg_advisory_lock(hashtext($1)) IS NOT NULL AS locked`
            : `SELECT pg_try_advisory_lock(hashtext($1)) AS locked`;
        const [{ locked }]: { locked: boolean }[] = await runner.query(sql, [lockKey(jobId)]);
        if (!locked) return false;
      }
      await this.runJob(jobId);
      return true;
    } finally {
      if (runner) {
        await runner
          .query(`SELECT pg_advisory_unlock(hashtext($1))`, [lockKey(jobId)])
          .catch(() => undefined);
        await runner.release();
      }
      this.runningHere.delete(jobId);
    }
  }

  /** Issuing jobs left unfinished by a worker that died: taken over and completed here. */
  private async resumeOrphans(): Promise<void> {
    const jobs: { id: string; created_by: string | null }[] = await this.db.query(
      `SELECT id, created_by FROM jobs
        WHERE kind = $1 AND status IN ('queued', 'running') AND input IS NOT NULL
          AND updated_at < now() - interval '2 seconds'
        ORDER BY created_at`,
      [ISSUE_JOB_KIND],
    );
    for (const job of jobs) {
      if (this.stopped) return;
      try {
        const ran = await actingAs(job.created_by, async () => {
          await this.db.query(
            `UPDATE jobs SET status = 'running', started_at = coalesce(started_at, now()) WHERE id = $1 AND status = 'queued'`,
            [job.id],
          );
          return this.runExclusively(job.id, 'try');
        });
        if (ran) {
          this.logger.log(`Resumed certificate job ${job.id}`);
          await this.db.query(
            `UPDATE jobs SET status = 'completed', input = NULL, error = NULL,
               finished_at = now(), updated_at = now() WHERE id = $1 AND status <> 'completed'`,
            [job.id],
          );
        }
      } catch (error) {
        this.logger.warn(`Resuming certificate job ${job.id} failed: ${String(error)}`);
      }
    }
  }

  private singleConnection(): boolean {
    const options = this.db.options as { extra?: { max?: number } };
    return (options.extra?.max ?? 10) <= 1;
  }

  private async context(
    manager: EntityManager,
    eventId: string,
    templateId: string,
    signer: Signer,
  ): Promise<IssueContext> {
    const event = await loadEventSource(manager, eventId);
    if (!event) throw notFound('event');
    const template = await manager
      .getRepository(CertificateTemplateEntity)
      .findOneByOrFail({ id: templateId });
    return { event, templateId, design: designOf(template), signer };
  }

  /**
   * One batch, inside the caller's transaction: lock the year's counter, keep the registrations
   * that are approved and hold no valid certificate, number, sign and insert them.
   */
  private async issueBatch(
    tx: EntityManager,
    context: IssueContext,
    registrationIds: string[],
    jobId: string | null,
    issuedAt: Date,
  ): Promise<Issued[]> {
    if (registrationIds.length === 0) return [];
    const year = issuedAt.getUTCFullYear();
    await tx.query(
      `INSERT INTO certificate_serial_counters (year, last) VALUES ($1, 0) ON CONFLICT DO NOTHING`,
      [year],
    );
    const [{ last }]: { last: number }[] = await tx.query(
      `SELECT last FROM certificate_serial_counters WHERE year = $1 FOR UPDATE`,
      [year],
    );
    // Read after the lock: whatever the previous holder issued has committed and is seen here.
    const open: { id: string }[] = await tx.query(
      `SELECT r.id FROM registrations r
        WHERE r.id = ANY($1::uuid[]) AND r.event_id = $2 AND r.status = 'approved'
          AND NOT EXISTS (SELECT 1 FROM certificates c WHERE c.registration_id = r.id AND c.status = 'valid')`,
      [registrationIds, context.event.id],
    );
    const openIds = new Set(open.map((r) => r.id));
    const todo = registrationIds.filter((id) => openIds.has(id));
    if (todo.length === 0) return [];
    const sources = await loadClaimSources(tx, todo);
    const indexes: { i: number }[] = await tx.query(
      `SELECT nextval('certificate_status_index_seq')::int AS i FROM generate_series(1, $1)`,
      [todo.length],
    );
    const { signer } = context;
    const rows = todo.map((registrationId, n) => {
      const person = sources.get(registrationId)!;
      const serial = formatSerial(year, last + n + 1);
      const claims = buildClaims({
        serial,
        issuedAt,
        design: context.design,
        event: context.event,
        person,
        kid: signer.kid,
      });
      return {
        id: randomUUID(),
        serial,
        registrationId,
        participantId: person.participantId,
        claims,
        token: encodeCertificateToken(claims, signer),
        statusIndex: indexes[n].i,
      };
    });
    await tx.query(
      `INSERT INTO certificates (id, serial, event_id, registration_id, participant_id, template_id,
                                 claims, token, kid, status_index, issued_at, job_id)
       SELECT u.id, u.serial, $3, u.registration_id, u.participant_id, $4, u.claims, u.token, $5,
              u.status_index, $6, $7
         FROM unnest($1::uuid[], $2::text[], $8::uuid[], $9::uuid[], $10::jsonb[], $11::text[], $12::int[])
              AS u(id, serial, registration_id, participant_id, claims, token, status_index)`,
      [
        rows.map((r) => r.id),
        rows.map((r) => r.serial),
        context.event.id,
        context.templateId,
        signer.kid,
        issuedAt,
        jobId,
        rows.map((r) => r.registrationId),
        rows.map((r) => r.participantId),
        rows.map((r) => JSON.stringify(r.claims)),
        rows.map((r) => r.token),
        rows.map((r) => r.statusIndex),
      ],
    );
    await tx.query(`UPDATE certificate_serial_counters SET last = $2 WHERE year = $1`, [
      year,
      last + rows.length,
    ]);
    return rows.map((r) => ({ id: r.id, serial: r.serial }));
  }

  /** The participant's email in their language: HTML and text, the PDF, the link. */
  private async certificateEmail(
    tx: EntityManager,
    participantId: string,
    claims: CertificateClaims,
    link: string,
    fileKey: string,
  ): Promise<OutgoingEmail | null> {
    const [person]: { email: string | null; preferred_language: Language }[] = await tx.query(
      `SELECT email, preferred_language FROM participants WHERE id = $1`,
      [participantId],
    );
    if (!person?.email) return null;
    const language = person.preferred_language;
    const name = personName(claims, language);
    return {
      to: person.email,
      language,
      template: 'certificate_issued',
      params: {
        name,
        event: pickLocalized(claims.eventTitle, language),
        serial: claims.serial,
        link,
      },
      attachments: [
        { filename: `${claims.serial}.pdf`, contentType: 'application/pdf', storageKey: fileKey },
      ],
    };
  }
}
