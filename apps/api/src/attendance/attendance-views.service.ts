import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  AttendanceRates,
  AttendanceSessions,
  ConflictKind,
  MySchedule,
} from '@multaqa/contract';
import { DataSource } from 'typeorm';
import { loadAttendanceScopeFor } from '../common/access/attendance.js';
import { ownParticipantId } from '../common/access/people.js';
import { hasRole, type SessionUser } from '../common/auth/current-user.js';
import { attendanceRates } from './attendance-rates.js';
import type { SyncOutcome } from './entities/attendance-submission.entity.js';

/** The most conflicts one answer lists (newest first); a venue's conflicts are far fewer. */
const CONFLICTS_LIMIT = 1000;
/** How many sessions the "take attendance" list offers (admins see every event). */
const TAKER_SESSIONS_LIMIT = 200;

/** Read-only attendance views: rates, conflicts, the taker's sessions, a participant's schedule. */
@Injectable()
export class AttendanceViewsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async rates(eventId: string, user: SessionUser): Promise<AttendanceRates> {
    const { event, sessionIds } = await loadAttendanceScopeFor(this.db.manager, eventId, user);
    return attendanceRates(this.db.manager, event, sessionIds);
  }

  async conflicts(eventId: string, user: SessionUser) {
    const { sessionIds } = await loadAttendanceScopeFor(this.db.manager, eventId, user);
    const rows: {
      client_id: string;
      session_id: string;
      participant_id: string | null;
      participant_name: string | null;
      conflict_kind: ConflictKind;
      outcome: SyncOutcome;
      status: 'present' | 'late' | 'excused' | 'absent';
      taken_at: Date;
      received_at: Date;
      device_id: string;
      submitted_by_id: string | null;
      submitted_by_name: string | null;
    }[] = await this.db.query(
      `SELECT s.client_id, s.session_id, s.participant_id,
              coalesce(nullif(p.full_name_latin, ''), p.full_name_ar) AS participant_name,
              s.conflict_kind, s.outcome, s.status, s.taken_at, s.received_at, s.device_id,
              s.submitted_by_id, u.full_name AS submitted_by_name
         FROM attendance_submissions s
         LEFT JOIN participants p ON p.id = s.participant_id
         LEFT JOIN users u ON u.id = s.submitted_by_id
        WHERE s.event_id = $1 AND s.outcome IN ('conflict', 'refused')
          AND ($2::uuid[] IS NULL OR s.session_id = ANY($2::uuid[]))
        ORDER BY s.received_at DESC, s.client_id
        LIMIT ${CONFLICTS_LIMIT}`,
      [eventId, sessionIds],
    );
    return rows.map((r) => ({
      id: r.client_id,
      clientId: r.client_id,
      sessionId: r.session_id,
      participantId: r.participant_id,
      participantName: r.participant_name,
      kind: r.conflict_kind,
      outcome: r.outcome,
      status: r.status,
      takenAt: r.taken_at.toISOString(),
      receivedAt: r.received_at.toISOString(),
      deviceId: r.device_id,
      takenBy: r.submitted_by_id
        ? { id: r.submitted_by_id, fullName: r.submitted_by_name ?? '' }
        : null,
    }));
  }

  /** Sessions the caller may take attendance for: today's and upcoming first, then past ones. */
  async takerSessions(user: SessionUser): Promise<AttendanceSessions> {
    const rows: {
      session_id: string;
      event_id: string;
      event_title: Record<string, string>;
      time_zone: string;
      title: Record<string, string>;
      room: string;
      starts_at: Date;
      ends_at: Date;
      role: 'admin' | 'coordinator' | 'speaker' | 'door_staff';
    }[] = await this.db.query(
      `SELECT * FROM (
         SELECT s.id AS session_id, s.event_id, e.title AS event_title, e.time_zone, s.title, s.room,
                s.starts_at, s.ends_at,
                CASE WHEN $2 THEN 'admin'
                     WHEN EXISTS (SELECT 1 FROM event_coordinators ec WHERE ec.event_id = e.id AND ec.user_id = $1) THEN 'coordinator'
                     WHEN EXISTS (SELECT 1 FROM session_speakers sp WHERE sp.session_id = s.id AND sp.user_id = $1) THEN 'speaker'
                     WHEN $3 AND EXISTS (SELECT 1 FROM event_door_staff ds WHERE ds.event_id = e.id AND ds.user_id = $1) THEN 'door_staff'
                END AS role
           FROM event_sessions s JOIN events e ON e.id = s.event_id
          WHERE e.status NOT IN ('cancelled', 'archived')) x
        WHERE role IS NOT NULL
        ORDER BY (ends_at < date_trunc('day', now())),
                 CASE WHEN ends_at >= date_trunc('day', now()) THEN starts_at END ASC,
                 starts_at DESC, session_id
        LIMIT ${TAKER_SESSIONS_LIMIT}`,
      [user.id, hasRole(user, 'admin'), hasRole(user, 'door_staff')],
    );
    return rows.map((r) => ({
      eventId: r.event_id,
      eventTitle: r.event_title,
      timeZone: r.time_zone,
      sessionId: r.session_id,
      title: r.title,
      room: r.room,
      startsAt: r.starts_at.toISOString(),
      endsAt: r.ends_at.toISOString(),
      role: r.role,
      scanOnly: r.role === 'door_staff',
    }));
  }

  /** The participant portal: the sessions of their approved events, with their own attendance. */
  async mySchedule(user: SessionUser): Promise<MySchedule> {
    const participantId = await ownParticipantId(this.db.manager, user);
    if (!participantId) return [];
    const rows: {
      event_id: string;
      event_title: Record<string, string>;
      time_zone: string;
      session_id: string;
      title: Record<string, string>;
      room: string;
      starts_at: Date;
      ends_at: Date;
      status: 'present' | 'late' | 'excused' | 'absent' | null;
      taken_at: Date | null;
    }[] = await this.db.query(
      `SELECT e.id AS event_id, e.title AS event_title, e.time_zone, s.id AS session_id, s.title,
              s.room, s.starts_at, s.ends_at, a.status, a.taken_at
         FROM registrations r JOIN events e ON e.id = r.event_id
         JOIN event_sessions s ON s.event_id = e.id
         LEFT JOIN attendance_records a ON a.session_id = s.id AND a.participant_id = r.participant_id
        WHERE r.participant_id = $1 AND r.status = 'approved' AND e.status <> 'cancelled'
        ORDER BY s.starts_at, s.id`,
      [participantId],
    );
    return rows.map((r) => ({
      eventId: r.event_id,
      eventTitle: r.event_title,
      timeZone: r.time_zone,
      sessionId: r.session_id,
      title: r.title,
      room: r.room,
      startsAt: r.starts_at.toISOString(),
      endsAt: r.ends_at.toISOString(),
      attendance: r.status ? { status: r.status, takenAt: r.taken_at!.toISOString() } : null,
    }));
  }
}
