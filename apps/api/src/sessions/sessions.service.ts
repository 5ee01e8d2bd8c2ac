import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type createSessionSchema,
  type generateSessionsSchema,
  type Session,
  type SessionConflict,
  type speakerInputSchema,
  STAFF_ROLES,
  type updateSessionSchema,
} from '@multaqa/contract';
import { DataSource, type EntityManager, In } from 'typeorm';
import type { z } from 'zod';
import { revokeFormerStaffBadges } from '../badges/event-staff.js';
import { hasRole, type SessionUser } from '../common/auth/current-user.js';
import { invalidField } from '../common/errors/checks.js';
import { conflict, DomainException, unprocessable } from '../common/errors/domain.exception.js';
import type { EventEntity } from '../events/entities/event.entity.js';
import { loadEventFor } from '../common/access/events.js';
import { loadSessionFor } from '../common/access/sessions.js';
import { PackageModuleEntity } from '../training-packages/entities/package-module.entity.js';
import { UserEntity } from '../users/user.entity.js';
import { EventSessionEntity } from './entities/event-session.entity.js';
import { datesBetween, toInstant, toLocal } from './local-time.js';
import { planSessions } from './schedule-plan.js';
import { findConflicts } from './session-conflicts.js';
import { toSessionDto } from './session.mapper.js';

type SpeakerInput = z.output<typeof speakerInputSchema>;
type SessionFields = Omit<z.output<typeof createSessionSchema>, 'allowConflicts'>;

@Injectable()
export class SessionsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(eventId: string, user: SessionUser): Promise<Session[]> {
    const event = await loadEventFor(this.db.manager, eventId, user);
    const sessions = await this.db.getRepository(EventSessionEntity).find({
      where: { eventId },
      relations: { speakers: true, module: true },
      order: { startsAt: 'ASC' },
    });
    return sessions.map((s) => toSessionDto(s, event.timeZone));
  }

  async create(
    eventId: string,
    input: z.output<typeof createSessionSchema>,
    user: SessionUser,
  ): Promise<Session> {
    const id = await this.db.transaction(async (tx) => {
      const { event } = await this.lockForSessions(tx, eventId, user);
      const { allowConflicts, ...fields } = input;
      return this.save(tx, event, null, fields, allowConflicts, user);
    });
    return this.one(eventId, id, user);
  }

  async update(
    eventId: string,
    sessionId: string,
    input: z.output<typeof updateSessionSchema>,
    user: SessionUser,
  ): Promise<Session> {
    await this.db.transaction(async (tx) => {
      const { event, session: current } = await this.lockForSessions(tx, eventId, user, sessionId);
      const start = toLocal(current.startsAt, event.timeZone);
      const end = toLocal(current.endsAt, event.timeZone);
      const { allowConflicts, ...changes } = input;
      const fields: SessionFields = {
        title: changes.title ?? current.title,
        type: changes.type ?? current.type,
        room: changes.room ?? current.room,
        track: changes.track ?? current.track,
        date: changes.date ?? start.date,
        startTime: changes.startTime ?? start.time,
        endTime: changes.endTime ?? end.time,
        moduleId: changes.moduleId !== undefined ? changes.moduleId : current.moduleId,
        speakers:
          changes.speakers ??
          [...current.speakers]
            .sort((a, b) => a.position - b.position)
            .map((s) =>
              s.userId
                ? { userId: s.userId }
                : { name: s.name, affiliation: s.affiliation ?? undefined },
            ),
      };
      if (fields.endTime <= fields.startTime) throw invalidField('endTime', 'end_before_start');
      await this.save(tx, event, current, fields, allowConflicts, user);
    });
    return this.one(eventId, sessionId, user);
  }

  async remove(eventId: string, sessionId: string, user: SessionUser): Promise<void> {
    await this.db.transaction(async (tx) => {
      const { session } = await loadSessionFor(tx, eventId, sessionId, user, { write: true });
      // Attendance is evidence (rates, certificates): a session that has it is moved, not deleted.
      const [{ count }]: { count: number }[] = await tx.query(
        'SELECT count(*)::int AS count FROM attendance_records WHERE session_id = $1',
        [session.id],
      );
      if (count > 0) throw conflict('session_has_attendance', { count });
      await tx.getRepository(EventSessionEntity).delete({ id: session.id });
      // Its speakers who speak at no other session of the event lose their staff badge.
      await revokeFormerStaffBadges(tx, eventId);
    });
  }

  /** For a training: one step from the package's modules to a full programme. */
  async generate(
    eventId: string,
    input: z.output<typeof generateSessionsSchema>,
    user: SessionUser,
  ): Promise<Session[]> {
    await this.db.transaction(async (tx) => {
      const { event } = await this.lockForSessions(tx, eventId, user);
      if (event.kind !== 'training' || !event.packageId) throw unprocessable('event_not_training');
      const repo = tx.getRepository(EventSessionEntity);
      const existing = await repo.countBy({ eventId });
      if (existing > 0 && !input.replaceExisting)
        throw conflict('event_has_sessions', { count: existing });
      if (existing > 0) {
        // Regenerating would orphan taken attendance: refused, the coordinator edits by hand.
        const [{ count }]: { count: number }[] = await tx.query(
          'SELECT count(DISTINCT session_id)::int AS count FROM attendance_records WHERE event_id = $1',
          [eventId],
        );
        if (count > 0) throw conflict('sessions_have_attendance', { count });
        await repo.delete({ eventId });
        await revokeFormerStaffBadges(tx, eventId);
      }
      const modules = await tx
        .getRepository(PackageModuleEntity)
        .find({ where: { packageId: event.packageId }, order: { position: 'ASC' } });
      const { sessions } = planSessions(
        modules,
        datesBetween(event.startDate, event.endDate),
        input,
      );
      for (const planned of sessions) {
        await this.save(
          tx,
          event,
          null,
          {
            title: planned.title,
            type: 'module',
            room: input.room,
            track: '',
            date: planned.date,
            startTime: planned.startTime,
            endTime: planned.endTime,
            moduleId: planned.moduleId,
            speakers: [],
          },
          false,
          user,
        );
      }
    });
    return this.list(eventId, user);
  }

  private async one(eventId: string, sessionId: string, user: SessionUser): Promise<Session> {
    const sessions = await this.list(eventId, user);
    return sessions.find((s) => s.id === sessionId)!;
  }

  /**
   * Locks the event for writing (and loads the session, when one is named), then takes one lock
   * shared by every session write, so the conflict check and the insert that follows it cannot
   * interleave with another booking.
   */
  private async lockForSessions(
    tx: EntityManager,
    eventId: string,
    user: SessionUser,
  ): Promise<{ event: EventEntity; session?: undefined }>;
  private async lockForSessions(
    tx: EntityManager,
    eventId: string,
    user: SessionUser,
    sessionId: string,
  ): Promise<{ event: EventEntity; session: EventSessionEntity }>;
  private async lockForSessions(
    tx: EntityManager,
    eventId: string,
    user: SessionUser,
    sessionId?: string,
  ): Promise<{ event: EventEntity; session?: EventSessionEntity }> {
    const loaded = sessionId
      ? await loadSessionFor(tx, eventId, sessionId, user, { write: true })
      : { event: await loadEventFor(tx, eventId, user, { write: true }) };
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('event_sessions'))`);
    return loaded;
  }

  private async save(
    tx: EntityManager,
    event: EventEntity,
    current: EventSessionEntity | null,
    fields: SessionFields,
    allowConflicts: boolean,
    user: SessionUser,
  ): Promise<string> {
    if (fields.date < event.startDate || fields.date > event.endDate) {
      throw invalidField('date', 'session_outside_event');
    }
    if (fields.moduleId) {
      const module = await tx.getRepository(PackageModuleEntity).findOneBy({ id: fields.moduleId });
      if (!module || module.packageId !== event.packageId)
        throw invalidField('moduleId', 'unknown_module');
    }
    const speakers = await this.resolveSpeakers(tx, fields.speakers);
    const startsAt = toInstant(fields.date, fields.startTime, event.timeZone);
    const endsAt = toInstant(fields.date, fields.endTime, event.timeZone);
    if (!allowConflicts) {
      const conflicts = await findConflicts(
        tx,
        {
          startsAt,
          endsAt,
          room: fields.room,
          city: event.city,
          venue: event.venue,
          speakerUserIds: speakers.flatMap((s) => (s.userId ? [s.userId] : [])),
        },
        current ? [current.id] : [],
        user,
      );
      if (conflicts.length > 0) throw sessionConflict(conflicts);
    }
    const repo = tx.getRepository(EventSessionEntity);
    const saved = await repo.save({
      ...(current ? { id: current.id } : {}),
      eventId: event.id,
      title: fields.title,
      type: fields.type,
      room: fields.room,
      track: fields.track,
      moduleId: fields.moduleId,
      startsAt,
      endsAt,
    });
    await tx.query('DELETE FROM session_speakers WHERE session_id = $1', [saved.id]);
    if (speakers.length > 0) {
      await tx.query(
        `INSERT INTO session_speakers (session_id, user_id, name, affiliation, position)
         SELECT $1, s.user_id, s.name, s.affiliation, s.position
           FROM jsonb_to_recordset($2::jsonb) AS s(user_id uuid, name text, affiliation text, position int)`,
        [
          saved.id,
          JSON.stringify(
            speakers.map((s, index) => ({
              user_id: s.userId ?? null,
              name: s.name,
              affiliation: s.affiliation ?? null,
              position: index + 1,
            })),
          ),
        ],
      );
    }
    // A speaker taken off their last session of the event loses their staff badge there.
    if (current) await revokeFormerStaffBadges(tx, event.id);
    return saved.id;
  }

  private async resolveSpeakers(
    tx: EntityManager,
    speakers: SpeakerInput[],
  ): Promise<{ userId?: string; name: string; affiliation?: string }[]> {
    const ids = speakers.flatMap((s) => (s.userId ? [s.userId] : []));
    const users = ids.length ? await tx.getRepository(UserEntity).findBy({ id: In(ids) }) : [];
    const byId = new Map(users.map((u) => [u.id, u]));
    return speakers.map((s, index) => {
      if (!s.userId) return { name: s.name!, affiliation: s.affiliation };
      const user = byId.get(s.userId);
      if (!user) throw invalidField(`speakers.${index}.userId`, 'unknown_user');
      // A participant's account would put an official's name on the programme: speakers are staff.
      if (!hasRole(user, ...STAFF_ROLES))
        throw invalidField(`speakers.${index}.userId`, 'speaker_not_staff');
      return { userId: user.id, name: user.fullName, affiliation: s.affiliation };
    });
  }
}

function sessionConflict(conflicts: SessionConflict[]): DomainException {
  return new DomainException(
    'session_conflict',
    HttpStatus.CONFLICT,
    { count: conflicts.length },
    [],
    {
      conflicts,
    },
  );
}
