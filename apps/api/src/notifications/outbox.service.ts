import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { EmailMessage, Language, listEmailsQuerySchema, Page } from '@multaqa/contract';
import { Brackets, DataSource, type EntityManager } from 'typeorm';
import type { z } from 'zod';
import { conflict, notFound } from '../common/errors/domain.exception.js';
import { escapeLike } from '../common/sql.js';
import { type EmailAttachment, EmailMessageEntity } from './email-message.entity.js';
import { MAIL_QUEUE, type MailQueue } from './mail-queue.js';
import { renderTemplate } from './render.js';
import type { TemplateName } from './templates.js';

export interface OutgoingEmail {
  to: string;
  language: Language;
  template: TemplateName;
  params: Record<string, string | number>;
  /** Files attached at send time, read from FileStorage. */
  attachments?: EmailAttachment[];
}

/**
 * One-time links (password reset, email confirmation, a personal evaluation link) act for
 * whoever holds them: the outbox shows that a link was sent, never the link. The email itself
 * keeps it.
 */
export const redactLinkTokens = (text: string) =>
  text
    .replace(/([?&]token=)[^\s&#]+/g, '$1[redacted]')
    .replace(/(\/evaluate\/)[^\s?&#/]+/g, '$1[redacted]');

const toDto = (m: EmailMessageEntity): EmailMessage => ({
  id: m.id,
  to: m.to,
  language: m.language,
  template: m.template,
  subject: m.subject,
  text: redactLinkTokens(m.text),
  status: m.status,
  attempts: m.attempts,
  lastError: m.lastError,
  createdAt: m.createdAt.toISOString(),
  sentAt: m.sentAt?.toISOString() ?? null,
});

/**
 * Every email is rendered in the reader's language and written to the outbox inside the
 * transaction that causes it, so a rolled-back registration sends nothing and a committed one
 * is never forgotten. Sending happens afterwards, in the job queue (MailWorker).
 */
@Injectable()
export class OutboxService {
  private readonly logger = new Logger('Outbox');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(MAIL_QUEUE) private readonly queue: MailQueue,
  ) {}

  async enqueue(tx: EntityManager, email: OutgoingEmail): Promise<string> {
    const { subject, text, html } = renderTemplate(email.language, email.template, email.params);
    const saved = await tx.getRepository(EmailMessageEntity).save({
      to: email.to,
      language: email.language,
      template: email.template,
      subject,
      text,
      html,
      attachments: email.attachments?.length ? email.attachments : null,
    });
    return saved.id;
  }

  /** Many messages in one insert, in order (a batch of background decisions). */
  async enqueueMany(tx: EntityManager, emails: OutgoingEmail[]): Promise<string[]> {
    if (emails.length === 0) return [];
    const result = await tx.getRepository(EmailMessageEntity).insert(
      emails.map((email) => ({
        to: email.to,
        language: email.language,
        template: email.template,
        ...renderTemplate(email.language, email.template, email.params),
        attachments: email.attachments?.length ? email.attachments : null,
      })),
    );
    return result.identifiers.map((row) => row.id as string);
  }

  /**
   * Call after the transaction that enqueued these has committed. The answer does not wait for
   * the queue: under load its connection would queue behind every other request's transaction.
   * A message whose hand-off fails stays queued, and the worker's sweep sends it.
   */
  dispatch(ids: string[]): void {
    void (async () => {
      for (const id of ids) await this.queue.send(id);
    })().catch((error: unknown) =>
      this.logger.warn(`Mail hand-off failed, left for the sweep: ${String(error)}`),
    );
  }

  async list(query: z.output<typeof listEmailsQuerySchema>): Promise<Page<EmailMessage>> {
    const qb = this.db.getRepository(EmailMessageEntity).createQueryBuilder('m');
    if (query.status) qb.andWhere('m.status = :status', { status: query.status });
    if (query.q) {
      const like = `%${escapeLike(query.q)}%`;
      qb.andWhere(
        new Brackets((w) =>
          w.where('m.to_address ILIKE :like', { like }).orWhere('m.subject ILIKE :like', { like }),
        ),
      );
    }
    const [rows, total] = await qb
      .orderBy('m.created_at', 'DESC')
      .addOrderBy('m.id')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    return { items: rows.map(toDto), total, page: query.page, pageSize: query.pageSize };
  }

  async get(id: string): Promise<EmailMessage> {
    const message = await this.db.getRepository(EmailMessageEntity).findOneBy({ id });
    if (!message) throw notFound('email');
    return toDto(message);
  }

  /** An admin sends a failed or held message again. */
  async retry(id: string): Promise<EmailMessage> {
    const repo = this.db.getRepository(EmailMessageEntity);
    const message = await repo.findOneBy({ id });
    if (!message) throw notFound('email');
    if (message.status === 'sent') throw conflict('email_already_sent');
    await repo.update({ id }, { status: 'queued', lastError: null });
    await this.queue.send(id);
    return this.get(id);
  }
}
