import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { RosterEntry, walkInSchema } from '@multaqa/contract';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import type { z } from 'zod';
import { loadAttendanceScopeFor, loadAttendanceSessionFor } from '../common/access/attendance.js';
import { visiblePeopleIds } from '../common/access/people.js';
import type { SessionUser } from '../common/auth/current-user.js';
import { Clock } from '../common/clock/clock.js';
import { conflict, notFound } from '../common/errors/domain.exception.js';
import { ATTENDANCE_CLOSED_STATUSES } from '../common/access/attendance.js';
import { InstitutionEntity } from '../institutions/institution.entity.js';
import { toInstitutionRef } from '../institutions/institutions.service.js';
import { ParticipantEntity } from '../participants/participant.entity.js';
import { ParticipantsService } from '../participants/participants.service.js';
import { recordKey, recordsOf, toRecordDto } from './roster.js';

type WalkIn = z.output<typeof walkInSchema>;

/**
 * Someone at the door, registered in under a minute. They join the registry (a likely
 * duplicate by name is accepted and merged later; an email already known links that record
 * without showing it), get an approved registration marked walk_in and, with a session,
 * a walk_in record. Capacity does not apply: the door cannot turn away an invited official,
 * and capacity governs registration, not who is in the room.
 */
@Injectable()
export class WalkInsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly participants: ParticipantsService,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async register(eventId: string, input: WalkIn, user: SessionUser): Promise<RosterEntry> {
    const { sessionId, ...fields } = input;
    const result = await this.db.transaction(async (tx) => {
      const event = await this.loadFor(tx, eventId, sessionId, user);
      const { participant, linked } = await this.personFor(tx, fields, user);
      const [registration]: { id: string }[] = await tx.query(
        `INSERT INTO registrations (event_id, participant_id, status, source, decided_at,
                                    decided_institution_id, decided_country_code, decided_gender)
         VALUES ($1, $2, 'approved', 'walk_in', now(), $3, $4, $5)
         ON CONFLICT (event_id, participant_id) DO UPDATE SET status = 'approved', decided_at = now(),
                decided_institution_id = EXCLUDED.decided_institution_id,
                decided_country_code = EXCLUDED.decided_country_code,
                decided_gender = EXCLUDED.decided_gender, updated_at = now()
         RETURNING id`,
        [
          eventId,
          participant.id,
          participant.institutionId,
          participant.nationality,
          participant.gender,
        ],
      );
      if (sessionId) {
        const now = this.clock.now();
        const [session]: { starts_at: Date }[] = await tx.query(
          'SELECT starts_at FROM event_sessions WHERE id = $1',
          [sessionId],
        );
        const late = now.getTime() > session.starts_at.getTime() + event.lateAfterMinutes * 60_000;
        await tx.query(
          `INSERT INTO attendance_records
                  (event_id, session_id, participant_id, registration_id, status, method, taken_at, taken_by_id)
           VALUES ($1, $2, $3, $4, $5, 'walk_in', $6, $7)
           ON CONFLICT (session_id, participant_id) DO NOTHING`,
          [
            eventId,
            sessionId,
            participant.id,
            registration.id,
            late ? 'late' : 'present',
            now,
            user.id,
          ],
        );
      }
      return { participant, linked, registrationId: registration.id };
    });
    const { participant, linked, registrationId } = result;
    const records = sessionId
      ? await recordsOf(this.db.manager, [{ sessionId, participantId: participant.id }])
      : new Map();
    const record = sessionId ? records.get(recordKey(sessionId, participant.id)) : undefined;
    // A linked record is shown as typed: the caller learns nothing they did not write.
    const shown = linked ? { ...fields, id: participant.id } : participant;
    const institution = shown.institutionId
      ? await this.db.getRepository(InstitutionEntity).findOneBy({ id: shown.institutionId })
      : null;
    return {
      participantId: participant.id,
      registrationId,
      fullNameAr: shown.fullNameAr,
      fullNameLatin: shown.fullNameLatin,
      institution: institution ? toInstitutionRef(institution) : null,
      nationality: shown.nationality,
      attendance: record ? toRecordDto(record) : null,
    };
  }

  /** With a session: whoever may take its attendance; without: the event's coordinators. */
  private async loadFor(
    tx: EntityManager,
    eventId: string,
    sessionId: string | undefined,
    user: SessionUser,
  ) {
    if (sessionId) {
      return (await loadAttendanceSessionFor(tx, eventId, sessionId, user, { write: true })).event;
    }
    const { event, sessionIds } = await loadAttendanceScopeFor(tx, eventId, user);
    if (sessionIds !== null) throw notFound('event');
    if (ATTENDANCE_CLOSED_STATUSES.includes(event.status)) {
      throw conflict('event_read_only', { status: `terms.event_status.${event.status}` });
    }
    return event;
  }

  private async personFor(
    tx: EntityManager,
    fields: Omit<WalkIn, 'sessionId'>,
    user: SessionUser,
  ): Promise<{ participant: ParticipantEntity; linked: boolean }> {
    if (fields.email) {
      const existing = await tx
        .getRepository(ParticipantEntity)
        .findOneBy({ email: fields.email, mergedIntoId: IsNull() });
      if (existing) {
        const visible = (await visiblePeopleIds(tx, [existing.id], user)).has(existing.id);
        return { participant: existing, linked: !visible };
      }
    }
    const participant = await this.participants.insert(tx, fields, user, { allowDuplicate: true });
    return { participant, linked: false };
  }
}
