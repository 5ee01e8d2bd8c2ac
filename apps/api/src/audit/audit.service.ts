import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuditEntry, listAuditQuerySchema, Page } from '@multaqa/contract';
import { DataSource } from 'typeorm';
import type { z } from 'zod';
import { notFound } from '../common/errors/domain.exception.js';
import { EventEntity } from '../events/entities/event.entity.js';
import { ParticipantEntity } from '../participants/participant.entity.js';
import { UserEntity } from '../users/user.entity.js';
import { AuditEntryEntity } from './audit-entry.entity.js';

type Query = z.output<typeof listAuditQuerySchema>;

/** Reads the audit log; the audit_row() trigger is the only writer. */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async forEvent(eventId: string, query: Query): Promise<Page<AuditEntry>> {
    if (!(await this.db.getRepository(EventEntity).existsBy({ id: eventId }))) {
      throw notFound('event');
    }
    return this.page('e.event_id = :id', eventId, query);
  }

  async forParticipant(participantId: string, query: Query): Promise<Page<AuditEntry>> {
    if (!(await this.db.getRepository(ParticipantEntity).existsBy({ id: participantId }))) {
      throw notFound('participant');
    }
    return this.page('e.participant_id = :id', participantId, query);
  }

  private async page(where: string, id: string, query: Query): Promise<Page<AuditEntry>> {
    const [rows, total] = await this.db
      .getRepository(AuditEntryEntity)
      .createQueryBuilder('e')
      .where(where, { id })
      .orderBy('e.id', 'DESC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    const actorIds = [...new Set(rows.flatMap((r) => (r.actorId ? [r.actorId] : [])))];
    const actors = actorIds.length
      ? await this.db
          .getRepository(UserEntity)
          .createQueryBuilder('u')
          .select(['u.id', 'u.fullName'])
          .whereInIds(actorIds)
          .getMany()
      : [];
    const names = new Map(actors.map((a) => [a.id, a.fullName]));
    return {
      items: rows.map((r) => ({
        id: r.id,
        at: r.at.toISOString(),
        actor: r.actorId ? { id: r.actorId, fullName: names.get(r.actorId) ?? '' } : null,
        entityType: r.entityType,
        entityId: r.entityId,
        eventId: r.eventId,
        participantId: r.participantId,
        action: r.action,
        before: r.before,
        after: r.after,
      })),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }
}
