import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import nodemailer, { type Transporter } from 'nodemailer';
import { DataSource, LessThan } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { JobsService } from '../jobs/jobs.service.js';
import { FILE_STORAGE, type FileStorage } from '../storage/file-storage.js';
import { type EmailAttachment, EmailMessageEntity } from './email-message.entity.js';
import type { MailQueue } from './mail-queue.js';

const QUEUE = 'send-email';

/**
 * Sends the outbox through SMTP on the jobs module's queue "send-email" (jobs kept in
 * PostgreSQL, retried with backoff). With no SMTP_URL, messages are marked "held" and stay
 * readable by admins in the web app.
 */
@Injectable()
export class MailWorker implements MailQueue, OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Mail');
  private transport?: Transporter;
  private sweeper?: NodeJS.Timeout;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobsService,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {
    // A pooled transport keeps a few SMTP connections open for bursts (a bulk approval).
    if (this.config.SMTP_URL) {
      this.transport = nodemailer.createTransport(
        `${this.config.SMTP_URL}${this.config.SMTP_URL.includes('?') ? '&' : '?'}pool=true`,
      );
    }
    this.jobs.register<{ id: string }>({
      name: QUEUE,
      queue: {
        retryLimit: this.config.MAIL_RETRY_LIMIT,
        retryDelay: this.config.MAIL_RETRY_DELAY_SECONDS,
        retryBackoff: true,
      },
      work: { batchSize: 20 },
      handler: async (jobs) => {
        // Each job succeeds or fails on its own: a failed one is handed back for retry with
        // fail(), the others complete when the handler returns.
        await Promise.all(
          jobs.map(async (job) => {
            try {
              await this.deliver(job.data.id, job.retryCount >= this.config.MAIL_RETRY_LIMIT);
            } catch (error) {
              await this.jobs.fail(
                QUEUE,
                job.id,
                error instanceof Error ? error.message : String(error),
              );
            }
          }),
        );
      },
    });
  }

  onApplicationBootstrap(): void {
    // A message whose job was lost (a crash between commit and send) is picked up again.
    void this.sweep().catch((e: unknown) => this.logger.error(e));
    this.sweeper = setInterval(
      () => void this.sweep().catch((e: unknown) => this.logger.error(e)),
      60_000,
    );
    this.sweeper.unref();
  }

  onModuleDestroy(): void {
    if (this.sweeper) clearInterval(this.sweeper);
    this.transport?.close();
  }

  async send(messageId: string): Promise<void> {
    await this.jobs.send(QUEUE, { id: messageId }, { singletonKey: messageId });
  }

  private async sweep(): Promise<void> {
    const stale = await this.db.getRepository(EmailMessageEntity).find({
      where: { status: 'queued', updatedAt: LessThan(new Date(Date.now() - 60_000)) },
      take: 500,
    });
    for (const message of stale) await this.send(message.id);
  }

  /** Attachments are read when the message leaves, so the outbox never copies files. */
  private async attachments(list: EmailAttachment[]) {
    return Promise.all(
      list.map(async (a) => {
        const content = await this.storage.get(a.storageKey);
        if (!content) throw new Error(`Attachment ${a.filename} is not in storage yet`);
        return { filename: a.filename, contentType: a.contentType, content };
      }),
    );
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
        ...(message.html ? { html: message.html } : {}),
        ...(message.attachments?.length
          ? { attachments: await this.attachments(message.attachments) }
          : {}),
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
