import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Job } from '@multaqa/contract';
import type PgBoss from 'pg-boss';
import type { DataSource, EntityManager } from 'typeorm';
import { actingAs } from '../audit/audit-context.js';
import { hasRole, type SessionUser } from '../common/auth/current-user.js';
import { notFound } from '../common/errors/domain.exception.js';
import { JobEntity } from './job.entity.js';
import { JobsService } from './jobs.service.js';

/** A job as a worker sees it: its row, with the input and how far an earlier attempt got. */
export type TrackedJob<I> = JobEntity & { input: I };

export interface TrackedQueue<I> {
  name: string;
  retryLimit: number;
  /**
   * Does the work, from `job.done` on (an earlier attempt may have got that far), reporting
   * progress with `advance` inside each batch's own transaction.
   */
  run: (job: TrackedJob<I>) => Promise<void>;
}

/**
 * Background work that people follow: a row in `jobs` (status, done/total, result) for each
 * pg-boss job of a tracked queue. Only the person who started a job, and admins, can read it.
 */
@Injectable()
export class JobProgress {
  private readonly logger = new Logger('Jobs');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jobs: JobsService,
  ) {}

  register<I>(queue: TrackedQueue<I>): void {
    this.jobs.register<{ jobId: string }>({
      name: queue.name,
      queue: { retryLimit: queue.retryLimit, retryDelay: 5, retryBackoff: true },
      work: { batchSize: 1 },
      handler: async ([job]) => this.runOne(queue, job),
    });
  }

  /** Records a job and queues it; the caller answers 202 with the returned row. */
  async start(
    queue: string,
    fields: {
      kind: string;
      total: number;
      input: unknown;
      createdById: string;
      eventId?: string;
      /** What is known of the outcome before the work starts (e.g. the counts of the check). */
      result?: Record<string, unknown>;
    },
  ): Promise<Job> {
    const repo = this.db.getRepository(JobEntity);
    const saved = await repo.save(
      repo.create({ ...fields, eventId: fields.eventId ?? null, result: fields.result ?? null }),
    );
    await this.jobs.send(queue, { jobId: saved.id }, { singletonKey: saved.id });
    return this.get(saved.id);
  }

  /**
   * Counts items as done, and adds to counters of the result, in the transaction that did
   * them: a retry resumes after them and counts nothing twice.
   */
  async advance(
    tx: EntityManager,
    jobId: string,
    items: number,
    tally: Record<string, number> = {},
  ): Promise<void> {
    await tx.query(
      `UPDATE jobs SET done = done + $2, updated_at = now(),
         result = coalesce(result, '{}'::jsonb) || coalesce((
           SELECT jsonb_object_agg(t.key, coalesce((result ->> t.key)::int, 0) + t.value::int)
             FROM jsonb_each_text($3::jsonb) t), '{}'::jsonb)
       WHERE id = $1`,
      [jobId, items, JSON.stringify(tally)],
    );
  }

  async read(id: string, user: SessionUser): Promise<Job> {
    const job = await this.db.getRepository(JobEntity).findOneBy({ id });
    if (!job || (job.createdById !== user.id && !hasRole(user, 'admin'))) throw notFound('job');
    return toJobDto(job);
  }

  private async get(id: string): Promise<Job> {
    return toJobDto(await this.db.getRepository(JobEntity).findOneByOrFail({ id }));
  }

  private async runOne<I>(
    queue: TrackedQueue<I>,
    boss: PgBoss.JobWithMetadata<{ jobId: string }>,
  ): Promise<void> {
    const repo = this.db.getRepository(JobEntity);
    const job = (await repo
      .createQueryBuilder('j')
      .addSelect('j.input')
      .where('j.id = :id', { id: boss.data.jobId })
      .getOne()) as TrackedJob<I> | null;
    if (!job || job.status === 'completed') return;
    await repo.update(job.id, { status: 'running', startedAt: job.startedAt ?? new Date() });
    try {
      // A job writes on behalf of the person who started it: the audit log names them.
      await actingAs(job.createdById, () => queue.run(job));
      // The input has served its purpose; the result is what people read from now on.
      await this.db.query(
        `UPDATE jobs SET status = 'completed', input = NULL, error = NULL,
           finished_at = now(), updated_at = now() WHERE id = $1`,
        [job.id],
      );
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const last = boss.retryCount >= queue.retryLimit;
      // The reason stays in the row for its creator: it may quote the data.
      this.logger.warn(`Job ${job.id} (${job.kind}) failed${last ? '' : ', will retry'}`);
      await repo.update(job.id, {
        status: last ? 'failed' : 'running',
        error: reason,
        ...(last ? { finishedAt: new Date() } : {}),
      });
      if (!last) throw error;
    }
  }
}

function toJobDto(job: JobEntity): Job {
  return {
    id: job.id,
    kind: job.kind,
    status: job.status,
    done: job.done,
    total: job.total,
    error: job.error,
    eventId: job.eventId,
    result: job.result,
    createdAt: job.createdAt.toISOString(),
    startedAt: job.startedAt?.toISOString() ?? null,
    finishedAt: job.finishedAt?.toISOString() ?? null,
  };
}
