import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type listPublicEventsQuerySchema,
  type Page,
  PUBLIC_EVENT_STATUSES,
  type PublicEvent,
  type PublicEventSummary,
} from '@multaqa/contract';
import { Brackets, DataSource, In } from 'typeorm';
import type { z } from 'zod';
import { notFound } from '../common/errors/domain.exception.js';
import { escapeLike } from '../common/sql.js';
import { EventEntity } from '../events/entities/event.entity.js';
import { EventSessionEntity } from '../sessions/entities/event-session.entity.js';
import { RegistrationSettingsEntity } from '../registrations/entities/registration-settings.entity.js';
import { PublicEventsCache } from './public-events-cache.js';

const toSummary = (e: EventEntity): PublicEventSummary => ({
  id: e.id,
  kind: e.kind,
  status: e.status,
  title: e.title,
  city: e.city,
  countryCode: e.countryCode,
  timeZone: e.timeZone,
  startDate: e.startDate,
  endDate: e.endDate,
  mode: e.mode,
});

/** What the public may read: events once registration opened, and never who takes part. */
@Injectable()
export class PublicEventsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly cache: PublicEventsCache,
  ) {}

  list(query: z.output<typeof listPublicEventsQuerySchema>): Promise<Page<PublicEventSummary>> {
    const key = JSON.stringify([query.q ?? '', query.page, query.pageSize]);
    return this.cache.get(key, () => this.read(query));
  }

  private async read(
    query: z.output<typeof listPublicEventsQuerySchema>,
  ): Promise<Page<PublicEventSummary>> {
    const qb = this.db
      .getRepository(EventEntity)
      .createQueryBuilder('e')
      .where('e.status IN (:...statuses)', { statuses: PUBLIC_EVENT_STATUSES });
    if (query.q) {
      qb.andWhere(
        new Brackets((w) =>
          w
            .where(`concat_ws(' ', e.title->>'ar', e.title->>'en', e.title->>'fr') ILIKE :like`)
            .orWhere('e.city ILIKE :like'),
        ),
        { like: `%${escapeLike(query.q)}%` },
      );
    }
    const [rows, total] = await qb
      .orderBy('e.start_date', 'DESC')
      .addOrderBy('e.id')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    return { items: rows.map(toSummary), total, page: query.page, pageSize: query.pageSize };
  }

  get(id: string): Promise<PublicEvent> {
    return this.cache.get(`event:${id}`, () => this.readEvent(id));
  }

  private async readEvent(id: string): Promise<PublicEvent> {
    const event = await this.db.getRepository(EventEntity).findOne({
      where: { id, status: In(PUBLIC_EVENT_STATUSES) },
      relations: { partners: true },
    });
    if (!event) throw notFound('event');
    const settings = await this.db
      .getRepository(RegistrationSettingsEntity)
      .findOneBy({ eventId: id });
    const sessions = await this.db.getRepository(EventSessionEntity).find({
      where: { eventId: id },
      relations: { speakers: true },
      order: { startsAt: 'ASC' },
    });
    return {
      ...toSummary(event),
      description: event.description,
      venue: event.venue,
      languages: event.languages,
      registrationOpensAt: event.registrationOpensAt?.toISOString() ?? null,
      registrationClosesAt: event.registrationClosesAt?.toISOString() ?? null,
      registrationMode: settings?.mode ?? 'open',
      partners: event.partners.map((p) => ({ name: p.name, countryCode: p.countryCode })),
      sessions: sessions.map((s) => ({
        id: s.id,
        title: s.title,
        type: s.type,
        room: s.room,
        track: s.track,
        startsAt: s.startsAt.toISOString(),
        endsAt: s.endsAt.toISOString(),
        speakers: [...s.speakers]
          .sort((a, b) => a.position - b.position)
          .map((sp) => ({ name: sp.name, affiliation: sp.affiliation })),
      })),
    };
  }
}
