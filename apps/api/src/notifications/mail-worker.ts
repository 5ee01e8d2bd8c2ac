import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import nodemailer, { type Transporter } from 'nodemailer';
import PgBoss from 'pg-boss';
import type { Pool } from 'pg';
import { DataSource, LessThan } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { EmailMessageEntity } from './email-message.entity.js';
import type { MailQueue } from './mail-queue.js';

const QUEUE = 'send-email';

/**
 * Sends the outbox through SMTP with pg-boss (jobs kept in PostgreSQL, retried with backoff).
 * pg-boss runs its SQL through TypeORM's own pool, so it works on PGlite's single connection.
 * With no SMTP_URL, messages are marked "held" and stay readable by admins in the web app.
 */
@Injectable()
export class MailWorker implements MailQueue, OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Mail');
  private boss?: PgBoss;
  private transport?: Transporter;
  private sweeper?: NodeJS.Timeout;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // A pooled transport keeps a few SMTP connections open for bursts (a bulk approval).
    if (this.config.SMTP_URL) {
      this.transport = nodemailer.createTransport(
        `${this.config.SMTP_URL}${this.config.SMTP_URL.includes('?') ? '&' : '?'}pool=true`,
      );
    }
    const pool = (this.db.driver as unknown as { master: Pool }).master;
    this.boss = new PgBoss({
      db: { executeSql: (text, values) => pool.query(text, values) },
      schema: 'pgboss',
      supervise: true,
      schedule: false,
    });
    this.boss.on('error', (error) => this.logger.error(error));
    await this.boss.start();
    await this.boss.createQueue(QUEUE, {
      name: QUEUE,
      retryLimit: this.config.MAIL_RETRY_LIMIT,
      retryDelay: this.config.MAIL_RETRY_DELAY_SECONDS,
      retryBackoff: true,
    });
    await this.boss.work<{ id: string }>(
      QUEUE,
      { batchSize: 20, pollingIntervalSeconds: 0.5, includeMetadata: true },
      async (jobs) => {
        // Each job succeeds or fails on its own: a failed one is handed back for retry with
        // fail(), the others complete when the handler returns.
        await Promise.all(
          jobs.map(async (job) => {
            try {
              await this.deliver(job.data.id, job.retryCount >= this.config.MAIL_RETRY_LIMIT);
            } catch (error) {
              await this.boss!.fail(QUEUE, job.id, {
                reason: error instanceof Error ? error.message : String(error),
              });
            }
          }),
        );
      },
    );
    // A message whose job was lost (a crash between commit and send) is picked up again.
    await this.sweep();
    this.sweeper = setInterval(
      () => void this.sweep().catch((e: unknown) => this.logger.error(e)),
      60_000,
    );
    this.sweeper.unref();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.sweeper) clearInterval(this.sweeper);
    await this.boss?.stop({ graceful: true, wait: true, timeout: 5000 });
    this.transport?.close();
  }

  async send(messageId: string): Promise<void> {
    if (!this.boss) return; // before start-up; the sweep will find it
    await this.boss.send(QUEUE, { id: messageId }, { singletonKey: messageId });
  }

  private async sweep(): Promise<void> {
    const stale = await this.db.getRepository(EmailMessageEntity).find({
      where: { status: 'queued', updatedAt: LessThan(new Date(Date.now() - 60_000)) },
      take: 500,
    });
    for (const message of stale) await this.send(message.id);
  }

  private async deliver(id: string, lastAttempt: boolean): Promise<void> {
    const repo = this.db.getRepository(EmailMessageEntity);
    const message = await repo.findOneBy({ id });
    if (!message || message.status === 'sent') return;
    if (!this.transport) {
      await repo.update({ id }, { status: 'held' });
      return;
    }
    try {
      await this.transport.sendMail({
        from: this.config.MAIL_FROM,
        to: message.to,
        subject: message.subject,
        text: message.text,
      });
      await repo.update(
        { id },
        { status: 'sent', sentAt: new Date(), attempts: message.attempts + 1, lastError: null },
      );
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      await repo.update(
        { id },
        {
          status: lastAttempt ? 'failed' : 'queued',
          attempts: message.attempts + 1,
          lastError: reason,
        },
      );
      this.logger.warn(
        `Email ${id} failed (${reason})${lastAttempt ? '; giving up' : '; will retry'}`,
      );
      if (!lastAttempt) throw error;
    }
  }
}
