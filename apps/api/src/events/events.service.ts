import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type createEventSchema,
  type Event,
  EVENT_TRANSITIONS,
  type EventStatus,
  type EventSummary,
  type Language,
  type listEventsQuerySchema,
  type Page,
  type updateEventSchema,
} from '@multaqa/contract';
import { Brackets, DataSource, type EntityManager, In } from 'typeorm';
import type { z } from 'zod';
import { revokeFormerStaffBadges } from '../badges/event-staff.js';
import { hasRole, type SessionUser } from '../common/auth/current-user.js';
import { invalidField } from '../common/errors/checks.js';
import { conflict, unprocessable } from '../common/errors/domain.exception.js';
import { escapeLike, localizedSortKey } from '../common/sql.js';
import { isCountryCode } from '../geography/countries.js';
import { InstitutionEntity } from '../institutions/institution.entity.js';
import { EventSessionEntity } from '../sessions/entities/event-session.entity.js';
import { daysBetween, shiftDate, toInstant, toLocal } from '../sessions/local-time.js';
import { PackageModuleEntity } from '../training-packages/entities/package-module.entity.js';
import { TrainingPackageEntity } from '../training-packages/entities/training-package.entity.js';
import { UserEntity } from '../users/user.entity.js';
import { EventStatusChangeEntity } from './entities/event-status-change.entity.js';
import { EventEntity } from './entities/event.entity.js';
import { loadEventFor, visibleEventsWhere } from '../common/access/events.js';
import { toEventDto, toEventSummaryDto } from './event.mapper.js';
import { readAll } from '../database/reads.js';

type CreateInput = z.output<typeof createEventSchema>;
type UpdateInput = z.output<typeof updateEventSchema>;

@Injectable()
export class EventsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(
    query: z.output<typeof listEventsQuerySchema>,
    user: SessionUser,
    lang: Language,
  ): Promise<Page<EventSummary>> {
    const qb = this.db.getRepository(EventEntity).createQueryBuilder('e');
    const visible = visibleEventsWhere('e', user);
    if (visible) qb.andWhere(visible.sql, visible.params);
    if (query.q) {
      qb.andWhere(
        new Brackets((w) =>
          w
            .where(`concat_ws(' ', e.title->>'ar', e.title->>'en', e.title->>'fr') ILIKE :like`)
            .orWhere(`concat_ws(' ', e.city->>'ar', e.city->>'en', e.city->>'fr') ILIKE :like`),
        ),
        { like: `%${escapeLike(query.q)}%` },
      );
    }
    if (query.kind) qb.andWhere('e.kind = :kind', { kind: query.kind });
    if (query.status) qb.andWhere('e.status = :status', { status: query.status });
    if (query.countryCode) qb.andWhere('e.country_code = :country', { country: query.countryCode });
    // Events that overlap the range, not only those that start inside it.
    if (query.from) qb.andWhere('e.end_date >= :from', { from: query.from });
    if (query.to) qb.andWhere('e.start_date <= :to', { to: query.to });
    const total = await qb.getCount();
    const sort = {
      startDate: 'e.start_date',
      createdAt: 'e.created_at',
      title: localizedSortKey('e.title', lang),
    }[query.sort];
    const { entities, raw } = await qb
      .addSelect('(SELECT COUNT(*) FROM event_sessions s WHERE s.event_id = e.id)', 'session_count')
      .orderBy(sort, query.order === 'asc' ? 'ASC' : 'DESC')
      .addOrderBy('e.id')
      .offset((query.page - 1) * query.pageSize)
      .limit(query.pageSize)
      .getRawAndEntities<{ e_id: string; session_count: string }>();
    const counts = new Map(raw.map((r) => [r.e_id, Number(r.session_count)]));
    return {
      items: entities.map((e) => toEventSummaryDto(e, counts.get(e.id) ?? 0)),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  async get(id: string, user: SessionUser): Promise<Event> {
    await loadEventFor(this.db.manager, id, user);
    return this.details(this.db.manager, id);
  }

  async create(input: CreateInput, user: SessionUser): Promise<Event> {
    const id = await this.db.transaction(async (tx) => {
      await this.checkReferences(tx, input);
      const coordinatorIds = new Set(input.coordinatorIds);
      if (hasRole(user, 'coordinator')) coordinatorIds.add(user.id);
      const event = await tx.getRepository(EventEntity).save({
        kind: input.kind,
        packageId: input.kind === 'training' ? input.packageId : null,
        title: input.title,
        description: input.description,
        venue: input.venue,
        city: input.city,
        countryCode: input.countryCode,
        timeZone: input.timeZone,
        startDate: input.startDate,
        endDate: input.endDate,
        mode: input.mode,
        languages: input.languages,
        capacity: input.capacity,
        registrationOpensAt: input.registrationOpensAt ? new Date(input.registrationOpensAt) : null,
        registrationClosesAt: input.registrationClosesAt
          ? new Date(input.registrationClosesAt)
          : null,
        partners: input.partnerIds.map((pid) => ({ id: pid }) as InstitutionEntity),
        coordinators: [...coordinatorIds].map((uid) => ({ id: uid }) as UserEntity),
        createdById: user.id,
      });
      await this.recordStatus(tx, event.id, null, 'draft', user, null);
      return event.id;
    });
    return this.details(this.db.manager, id);
  }

  async update(id: string, input: UpdateInput, user: SessionUser): Promise<Event> {
    await this.db.transaction(async (tx) => {
      const event = await loadEventFor(tx, id, user, { write: true });
      const merged = {
        ...event,
        ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)),
      } as EventEntity & UpdateInput;
      if (merged.endDate < merged.startDate) throw invalidField('endDate', 'end_before_start');
      await this.checkReferences(tx, {
        kind: event.kind,
        countryCode: merged.countryCode,
        packageId: input.packageId ?? null,
        partnerIds: input.partnerIds ?? [],
        coordinatorIds: input.coordinatorIds ?? [],
      });
      const sessions = await tx.getRepository(EventSessionEntity).findBy({ eventId: id });
      if (
        input.packageId &&
        input.packageId !== event.packageId &&
        sessions.some((s) => s.moduleId)
      ) {
        throw conflict('event_package_in_use');
      }
      // Sessions keep their local wall-clock times when the time zone changes.
      const zone = merged.timeZone;
      const moved = sessions.map((s) => {
        const start = toLocal(s.startsAt, event.timeZone);
        const end = toLocal(s.endsAt, event.timeZone);
        return { session: s, start, end };
      });
      if (moved.some(({ start }) => start.date < merged.startDate || start.date > merged.endDate)) {
        throw conflict('event_sessions_outside_dates');
      }
      const opensAt =
        input.registrationOpensAt !== undefined
          ? input.registrationOpensAt && new Date(input.registrationOpensAt)
          : event.registrationOpensAt;
      const closesAt =
        input.registrationClosesAt !== undefined
          ? input.registrationClosesAt && new Date(input.registrationClosesAt)
          : event.registrationClosesAt;
      if (opensAt && closesAt && closesAt <= opensAt) {
        throw invalidField('registrationClosesAt', 'end_before_start');
      }
      await tx.getRepository(EventEntity).save({
        ...event,
        packageId: input.packageId ?? event.packageId,
        title: merged.title,
        description: merged.description,
        venue: merged.venue,
        city: merged.city,
        countryCode: merged.countryCode,
        timeZone: zone,
        startDate: merged.startDate,
        endDate: merged.endDate,
        mode: merged.mode,
        languages: merged.languages,
        capacity: merged.capacity,
        registrationOpensAt: opensAt,
        registrationClosesAt: closesAt,
        lateCountsAs: merged.lateCountsAs,
        lateAfterMinutes: merged.lateAfterMinutes,
        ...(input.partnerIds
          ? { partners: input.partnerIds.map((pid) => ({ id: pid }) as InstitutionEntity) }
          : {}),
        ...(input.coordinatorIds
          ? { coordinators: input.coordinatorIds.map((uid) => ({ id: uid }) as UserEntity) }
          : {}),
      });
      // A coordinator taken off the event loses their staff badge there.
      if (input.coordinatorIds) await revokeFormerStaffBadges(tx, event.id);
      if (zone !== event.timeZone) {
        for (const { session, start, end } of moved) {
          await tx.getRepository(EventSessionEntity).update(
            { id: session.id },
            {
              startsAt: toInstant(start.date, start.time, zone),
              endsAt: toInstant(end.date, end.time, zone),
            },
          );
        }
      }
    });
    return this.details(this.db.manager, id);
  }

  async transition(
    id: string,
    to: EventStatus,
    reason: string | undefined,
    user: SessionUser,
  ): Promise<Event> {
    await this.db.transaction(async (tx) => {
      // Lock first, so the status read below is the one the change is based on.
      await tx.query('SELECT 1 FROM events WHERE id = $1 FOR UPDATE', [id]);
      const event = await loadEventFor(tx, id, user);
      const from = event.status;
      if (!EVENT_TRANSITIONS[from].includes(to)) {
        throw conflict('event_transition_not_allowed', {
          from: `terms.event_status.${from}`,
          to: `terms.event_status.${to}`,
        });
      }
      if (
        to === 'registration_open' &&
        event.registrationClosesAt &&
        event.registrationClosesAt <= new Date()
      ) {
        throw unprocessable('registration_window_over');
      }
      await tx.getRepository(EventEntity).update({ id }, { status: to });
      await this.recordStatus(tx, id, from, to, user, reason ?? null);
    });
    return this.details(this.db.manager, id);
  }

  /** A new draft with the same programme, shifted so that it starts on `startDate`. */
  async copy(id: string, startDate: string, user: SessionUser): Promise<Event> {
    const newId = await this.db.transaction(async (tx) => {
      const source = await loadEventFor(tx, id, user);
      const full = await tx.getRepository(EventEntity).findOneOrFail({
        where: { id },
        relations: { partners: true, coordinators: true },
      });
      const shift = daysBetween(source.startDate, startDate);
      const shiftInstant = (d: Date | null) =>
        d ? new Date(d.getTime() + shift * 86_400_000) : null;
      const coordinators = new Map(full.coordinators.map((u) => [u.id, u]));
      if (hasRole(user, 'coordinator')) coordinators.set(user.id, { id: user.id } as UserEntity);
      const copy = await tx.getRepository(EventEntity).save({
        kind: source.kind,
        packageId: source.packageId,
        title: source.title,
        description: source.description,
        venue: source.venue,
        city: source.city,
        countryCode: source.countryCode,
        timeZone: source.timeZone,
        startDate: shiftDate(source.startDate, shift),
        endDate: shiftDate(source.endDate, shift),
        mode: source.mode,
        languages: source.languages,
        capacity: source.capacity,
        lateCountsAs: source.lateCountsAs,
        lateAfterMinutes: source.lateAfterMinutes,
        registrationOpensAt: shiftInstant(source.registrationOpensAt),
        registrationClosesAt: shiftInstant(source.registrationClosesAt),
        partners: full.partners,
        coordinators: [...coordinators.values()],
        copiedFromId: source.id,
        createdById: user.id,
      });
      const sessions = await tx
        .getRepository(EventSessionEntity)
        .find({ where: { eventId: id }, relations: { speakers: true } });
      for (const s of sessions) {
        const start = toLocal(s.startsAt, source.timeZone);
        const end = toLocal(s.endsAt, source.timeZone);
        await tx.getRepository(EventSessionEntity).save({
          eventId: copy.id,
          title: s.title,
          type: s.type,
          room: s.room,
          track: s.track,
          moduleId: s.moduleId,
          startsAt: toInstant(shiftDate(start.date, shift), start.time, source.timeZone),
          endsAt: toInstant(shiftDate(end.date, shift), end.time, source.timeZone),
          speakers: s.speakers.map(({ userId, name, affiliation, position }) => ({
            userId,
            name,
            affiliation,
            position,
          })),
        });
      }
      await this.recordStatus(tx, copy.id, null, 'draft', user, null);
      return copy.id;
    });
    return this.details(this.db.manager, newId);
  }

  private async details(manager: EntityManager, id: string): Promise<Event> {
    const event = await manager.getRepository(EventEntity).findOneOrFail({
      where: { id },
      relations: { package: true, partners: true, coordinators: true },
    });
    const [sessions, modules, history] = await readAll(manager, [
      () => manager.getRepository(EventSessionEntity).findBy({ eventId: id }),
      () =>
        event.packageId
          ? manager.getRepository(PackageModuleEntity).findBy({ packageId: event.packageId })
          : [],
      () =>
        manager.getRepository(EventStatusChangeEntity).find({
          where: { eventId: id },
          relations: { changedBy: true },
          order: { changedAt: 'ASC' },
        }),
    ]);
    return toEventDto({
      event,
      sessions: sessions.map((s) => ({
        moduleId: s.moduleId,
        minutes: Math.round((s.endsAt.getTime() - s.startsAt.getTime()) / 60000),
      })),
      modules,
      history,
    });
  }

  private async recordStatus(
    tx: EntityManager,
    eventId: string,
    from: EventStatus | null,
    to: EventStatus,
    user: SessionUser,
    reason: string | null,
  ): Promise<void> {
    await tx
      .getRepository(EventStatusChangeEntity)
      .insert({ eventId, fromStatus: from, toStatus: to, changedById: user.id, reason });
  }

  /** Every id the event points at must exist: a clear 422 naming the field, never a 500. */
  private async checkReferences(
    tx: EntityManager,
    input: Pick<
      CreateInput,
      'kind' | 'countryCode' | 'packageId' | 'partnerIds' | 'coordinatorIds'
    >,
  ): Promise<void> {
    if (!isCountryCode(input.countryCode)) throw invalidField('countryCode', 'unknown_country');
    if (input.kind === 'training' && input.packageId) {
      const pkg = await tx.getRepository(TrainingPackageEntity).findOneBy({ id: input.packageId });
      if (!pkg) throw invalidField('packageId', 'unknown_package');
      if (pkg.status !== 'published') throw invalidField('packageId', 'package_not_published');
    }
    const partners = new Set(input.partnerIds);
    if (
      partners.size &&
      (await tx.getRepository(InstitutionEntity).countBy({ id: In([...partners]) })) !==
        partners.size
    ) {
      throw invalidField('partnerIds', 'unknown_institution');
    }
    const coordinatorIds = [...new Set(input.coordinatorIds)];
    if (coordinatorIds.length) {
      const users = await tx.getRepository(UserEntity).findBy({ id: In(coordinatorIds) });
      if (users.length !== coordinatorIds.length)
        throw invalidField('coordinatorIds', 'unknown_user');
      if (users.some((u) => !hasRole(u, 'coordinator', 'admin'))) {
        throw invalidField('coordinatorIds', 'user_not_coordinator');
      }
    }
  }
}
