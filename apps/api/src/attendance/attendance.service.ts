import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  markAttendanceSchema,
  MarkAttendanceResult,
  Roster,
  ScannerKit,
} from '@multaqa/contract';
import { DataSource, type EntityManager } from 'typeorm';
import type { z } from 'zod';
import { loadAttendanceSessionFor } from '../common/access/attendance.js';
import type { SessionUser } from '../common/auth/current-user.js';
import { invalidField } from '../common/errors/checks.js';
import type { EventEntity } from '../events/entities/event.entity.js';
import { BadgesService, revokedBadgeIds } from '../badges/badges.service.js';
import type { EventSessionEntity } from '../sessions/entities/event-session.entity.js';
import { SigningService } from '../signing/signing.service.js';
import { recordKey, recordsOf, rosterEntries, sessionCounts, toRecordDto } from './roster.js';
import { readAll } from '../database/reads.js';

@Injectable()
export class AttendanceService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly badges: BadgesService,
    private readonly signing: SigningService,
  ) {}

  async roster(eventId: string, sessionId: string, user: SessionUser, q?: string): Promise<Roster> {
    const { event, session } = await loadAttendanceSessionFor(
      this.db.manager,
      eventId,
      sessionId,
      user,
    );
    return this.rosterOf(this.db.manager, event, session, q);
  }

  /**
   * One tap or several on the roster: sets each person's status (method roster, now, by the
   * caller). Idempotent: a status already held is left as it was, with its first time and taker.
   * A deliberate roster entry overrides what a device recorded.
   */
  async mark(
    eventId: string,
    sessionId: string,
    input: z.output<typeof markAttendanceSchema>,
    user: SessionUser,
  ): Promise<MarkAttendanceResult> {
    return this.db.transaction(async (tx) => {
      const { session } = await loadAttendanceSessionFor(tx, eventId, sessionId, user, {
        write: true,
      });
      const wanted = new Map(input.records.map((r) => [r.participantId, r.status]));
      const ids = [...wanted.keys()];
      const expected: { participant_id: string; registration_id: string }[] = await tx.query(
        `SELECT participant_id, id AS registration_id FROM registrations
          WHERE event_id = $1 AND status = 'approved' AND participant_id = ANY($2::uuid[])`,
        [eventId, ids],
      );
      const registrationOf = new Map(expected.map((e) => [e.participant_id, e.registration_id]));
      const stranger = input.records.findIndex((r) => !registrationOf.has(r.participantId));
      if (stranger >= 0) throw invalidField(`records.${stranger}.participantId`, 'not_expected');
      await tx.query(
        `INSERT INTO attendance_records
                (event_id, session_id, participant_id, registration_id, status, method, taken_at, taken_by_id)
         SELECT $1, $2, k.participant_id, k.registration_id, k.status, 'roster', now(), $3
           FROM unnest($4::uuid[], $5::uuid[], $6::attendance_status[]) AS k(participant_id, registration_id, status)
          ORDER BY k.participant_id
         ON CONFLICT (session_id, participant_id) DO UPDATE
            SET status = EXCLUDED.status, method = 'roster', taken_at = EXCLUDED.taken_at,
                taken_by_id = EXCLUDED.taken_by_id, device_id = NULL, client_id = NULL, updated_at = now()
          WHERE attendance_records.status IS DISTINCT FROM EXCLUDED.status`,
        [
          eventId,
          session.id,
          user.id,
          ids,
          ids.map((id) => registrationOf.get(id)),
          ids.map((id) => wanted.get(id)),
        ],
      );
      const records = await recordsOf(
        tx,
        ids.map((participantId) => ({ sessionId: session.id, participantId })),
      );
      return {
        records: ids.map((id) => toRecordDto(records.get(recordKey(session.id, id))!)),
        counts: await sessionCounts(tx, eventId, session.id),
      };
    });
  }

  /** Everyone expected and not marked yet becomes present; marked people are left alone. */
  async markAllPresent(eventId: string, sessionId: string, user: SessionUser) {
    return this.db.transaction(async (tx) => {
      const { session } = await loadAttendanceSessionFor(tx, eventId, sessionId, user, {
        write: true,
      });
      const inserted: unknown[] = await tx.query(
        `INSERT INTO attendance_records
                (event_id, session_id, participant_id, registration_id, status, method, taken_at, taken_by_id)
         SELECT r.event_id, $2, r.participant_id, r.id, 'present', 'roster', now(), $3
           FROM registrations r
          WHERE r.event_id = $1 AND r.status = 'approved'
            AND NOT EXISTS (SELECT 1 FROM attendance_records a
                             WHERE a.session_id = $2 AND a.participant_id = r.participant_id)
          ORDER BY r.participant_id
         ON CONFLICT (session_id, participant_id) DO NOTHING
         RETURNING id`,
        [eventId, session.id, user.id],
      );
      return { marked: inserted.length, counts: await sessionCounts(tx, eventId, session.id) };
    });
  }

  /** What a scanner keeps to work offline: roster, public keys, revoked badges, the late rule. */
  async scannerKit(eventId: string, sessionId: string, user: SessionUser): Promise<ScannerKit> {
    const { event, session } = await loadAttendanceSessionFor(
      this.db.manager,
      eventId,
      sessionId,
      user,
      {
        scan: true,
      },
    );
    await this.badges.ensureBadges(eventId);
    const [roster, keys, revoked] = await Promise.all([
      this.rosterOf(this.db.manager, event, session),
      this.signing.publicKeys(),
      revokedBadgeIds(this.db.manager, eventId),
    ]);
    return {
      roster,
      keys,
      revokedBadgeIds: revoked,
      lateAfterMinutes: event.lateAfterMinutes,
      serverTime: new Date().toISOString(),
    };
  }

  private async rosterOf(
    manager: EntityManager,
    event: EventEntity,
    session: EventSessionEntity,
    q?: string,
  ): Promise<Roster> {
    const [entries, counts] = await readAll(manager, [
      () => rosterEntries(manager, event.id, session.id, q),
      () => sessionCounts(manager, event.id, session.id),
    ]);
    return {
      session: {
        id: session.id,
        eventId: event.id,
        title: session.title,
        startsAt: session.startsAt.toISOString(),
        endsAt: session.endsAt.toISOString(),
        timeZone: event.timeZone,
      },
      entries,
      counts,
    };
  }
}
