import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ImportReport, Job, Language } from '@multaqa/contract';
import { DataSource, type EntityManager } from 'typeorm';
import type { SessionUser } from '../common/auth/current-user.js';
import { conflict } from '../common/errors/domain.exception.js';
import { READ_ONLY_EVENT_STATUSES } from '@multaqa/contract';
import { EventEntity } from '../events/entities/event.entity.js';
import { loadEventFor } from '../common/access/events.js';
import { JobProgress } from '../jobs/job-progress.service.js';
import { OutboxService } from '../notifications/outbox.service.js';
import type { ImportFormat } from '../participants/import-table.js';
import {
  type ImportItem,
  ParticipantsImportService,
} from '../participants/participants-import.service.js';
import { RegistrationEntity } from './entities/registration.entity.js';
import { RegistrationFlow } from './registration-flow.js';

export const REGISTRATIONS_IMPORT_QUEUE = 'registrations-import';

/**
 * Imports a spreadsheet of people and registers them for the event (source "import"): new
 * rows become participants, rows matching an existing person by email register that person;
 * people already registered are left as they are. A large file is written by a background job
 * in batches, each holding the event's lock only for its own short transaction.
 */
@Injectable()
export class RegistrationsImportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly flow: RegistrationFlow,
    private readonly outbox: OutboxService,
    private readonly imports: ParticipantsImportService,
    private readonly progress: JobProgress,
  ) {
    this.progress.register<ImportItem[]>({
      name: REGISTRATIONS_IMPORT_QUEUE,
      retryLimit: 2,
      run: (job) =>
        this.imports.inBatches(job, async (tx, items) => {
          const { registered, emails } = await this.registerBatch(
            tx,
            job.eventId!,
            items,
            job.createdById,
          );
          return { tally: { registered }, afterCommit: () => this.outbox.dispatch(emails) };
        }),
    });
  }

  async importInto(
    eventId: string,
    file: Buffer,
    format: ImportFormat,
    lang: Language,
    user: SessionUser,
  ): Promise<{ report: ImportReport } | { job: Job }> {
    // Access and a writable status are checked up front; the batches lock the event one by one.
    await this.db.transaction((tx) => loadEventFor(tx, eventId, user, { write: true }));
    const { report, items } = await this.imports.plan(file, format, lang, user);
    const created = items.filter((item) => 'fields' in item).length;
    if (this.imports.inBackground(items.length)) {
      return {
        job: await this.progress.start(REGISTRATIONS_IMPORT_QUEUE, {
          kind: REGISTRATIONS_IMPORT_QUEUE,
          total: items.length,
          input: items,
          createdById: user.id,
          eventId,
          result: { counts: report.counts, created, registered: 0 },
        }),
      };
    }
    const { registered, emails } = await this.db.transaction((tx) =>
      this.registerBatch(tx, eventId, items, user.id),
    );
    this.outbox.dispatch(emails);
    return { report: { ...report, created, registered } };
  }

  /** Writes and registers one batch of people under the event's lock. */
  private async registerBatch(
    tx: EntityManager,
    eventId: string,
    items: ImportItem[],
    createdById: string | null,
  ): Promise<{ registered: number; emails: string[] }> {
    const people = await this.imports.writePeople(tx, items, createdById);
    // People the coordinator could not see are linked without being shown, and told by email.
    const linked = new Set(
      items.flatMap((item) => ('linked' in item && item.linked ? [item.participantId] : [])),
    );
    const event = await tx
      .getRepository(EventEntity)
      .createQueryBuilder('e')
      .where('e.id = :eventId', { eventId })
      .setLock('pessimistic_write')
      .getOneOrFail();
    if (READ_ONLY_EVENT_STATUSES.includes(event.status)) {
      throw conflict('event_read_only', { status: `terms.event_status.${event.status}` });
    }
    const emails: string[] = [];
    let count = 0;
    for (const participant of people) {
      const existing = await tx
        .getRepository(RegistrationEntity)
        .findOneBy({ eventId, participantId: participant.id });
      if (existing && existing.status !== 'cancelled') continue;
      const result = await this.flow.submit(tx, {
        event,
        participant,
        source: 'import',
        answers: {},
      });
      emails.push(...result.emails);
      if (linked.has(participant.id)) {
        emails.push(
          ...(await this.flow.notify(
            tx,
            event,
            participant,
            result.registration,
            'registration_linked',
          )),
        );
      }
      count += 1;
    }
    // The outbox rows are in this transaction; the caller hands them over once it commits.
    return { registered: count, emails };
  }
}
