import type { AttendanceMethod, EventStatus } from '@multaqa/contract';
import type { EntityManager } from 'typeorm';
import { EventEntity } from '../../events/entities/event.entity.js';
import { EventSessionEntity } from '../../sessions/entities/event-session.entity.js';
import { hasRole, type SessionUser } from '../auth/current-user.js';
import { conflict, notFound } from '../errors/domain.exception.js';
import { readAll } from '../../database/reads.js';

/**
 * Who may take attendance, written once: admins; the event's coordinators; the trainers and
 * speakers of THAT session (a trainer of another session of the event sees nothing of it);
 * and the event's door staff, who may only scan (scanner kit and sync, by badge or name
 * search). Everyone else gets the 404 of a missing session.
 *
 * Attendance may be written on a completed event (a scanner that was offline syncs after the
 * last day), never on a cancelled or archived one.
 */
export type AttendanceTaker = 'admin' | 'coordinator' | 'speaker' | 'door_staff';

export const ATTENDANCE_CLOSED_STATUSES: EventStatus[] = ['cancelled', 'archived'];
/** What door staff may record: scanning a badge, or finding a name when the badge will not scan. */
export const SCAN_METHODS: AttendanceMethod[] = ['scan', 'search'];

export interface TakerRow {
  session_id: string;
  /** A Date, or its JSON text when the rows come through json_agg. */
  starts_at: Date | string;
  ends_at: Date | string;
  event_id: string;
  event_status: EventStatus;
  is_coordinator: boolean;
  is_speaker: boolean;
  is_door_staff: boolean;
}

/**
 * Who may take which sessions: $1 the session ids, $2 the user. Exported for the sync, which
 * reads it inside one larger statement; sessionTakers() reads its rows.
 */
export const TAKER_SQL = `
  SELECT s.id AS session_id, s.event_id, s.starts_at, s.ends_at, e.status AS event_status,
         EXISTS (SELECT 1 FROM event_coordinators ec WHERE ec.event_id = s.event_id AND ec.user_id = $2) AS is_coordinator,
         EXISTS (SELECT 1 FROM session_speakers sp WHERE sp.session_id = s.id AND sp.user_id = $2) AS is_speaker,
         EXISTS (SELECT 1 FROM event_door_staff ds WHERE ds.event_id = s.event_id AND ds.user_id = $2) AS is_door_staff
    FROM event_sessions s JOIN events e ON e.id = s.event_id
   WHERE s.id = ANY($1::uuid[])`;

function takerOf(row: TakerRow, user: SessionUser, scan: boolean): AttendanceTaker | null {
  if (hasRole(user, 'admin')) return 'admin';
  if (row.is_coordinator) return 'coordinator';
  if (row.is_speaker) return 'speaker';
  if (scan && row.is_door_staff && hasRole(user, 'door_staff')) return 'door_staff';
  return null;
}

export interface SessionTaker {
  eventId: string;
  eventStatus: EventStatus;
  startsAt: Date;
  endsAt: Date;
  /** Why the user may take it; null: they may not. */
  taker: AttendanceTaker | null;
}

/**
 * For a sync batch, from the rows of TAKER_SQL: each session's event, status and why the user
 * may take it (null: may not).
 */
export function sessionTakers(rows: TakerRow[], user: SessionUser): Map<string, SessionTaker> {
  return new Map(
    rows.map((row) => [
      row.session_id,
      {
        eventId: row.event_id,
        eventStatus: row.event_status,
        startsAt: new Date(row.starts_at),
        endsAt: new Date(row.ends_at),
        taker: takerOf(row, user, true),
      },
    ]),
  );
}

/** May this taker record by this method? Door staff only scan or search. */
export const mayUseMethod = (taker: AttendanceTaker, method: AttendanceMethod) =>
  taker !== 'door_staff' || SCAN_METHODS.includes(method);

/**
 * Loads a session the user may take attendance for. `scan`: the scanner's routes, open to door
 * staff too. `write`: the event must not be cancelled or archived.
 */
export async function loadAttendanceSessionFor(
  manager: EntityManager,
  eventId: string,
  sessionId: string,
  user: SessionUser,
  options: { scan?: boolean; write?: boolean } = {},
): Promise<{ event: EventEntity; session: EventSessionEntity; taker: AttendanceTaker }> {
  const [row]: TakerRow[] = await manager.query(`${TAKER_SQL} AND s.event_id = $3`, [
    [sessionId],
    user.id,
    eventId,
  ]);
  const taker = row ? takerOf(row, user, !!options.scan) : null;
  if (!row || !taker) throw notFound('session');
  if (options.write && ATTENDANCE_CLOSED_STATUSES.includes(row.event_status)) {
    throw conflict('event_read_only', { status: `terms.event_status.${row.event_status}` });
  }
  const [event, session] = await readAll(manager, [
    () => manager.getRepository(EventEntity).findOneByOrFail({ id: eventId }),
    () => manager.getRepository(EventSessionEntity).findOneByOrFail({ id: sessionId }),
  ]);
  return { event, session, taker };
}

/**
 * The event-wide views (rates, conflicts, the matrix export): admins and coordinators see every
 * session; a trainer only the sessions they speak at (`sessionIds`); anyone else gets a 404.
 * `scan` (the revocation list): the event's door staff too.
 */
export async function loadAttendanceScopeFor(
  manager: EntityManager,
  eventId: string,
  user: SessionUser,
  options: { scan?: boolean } = {},
): Promise<{ event: EventEntity; sessionIds: string[] | null }> {
  const event = await manager.getRepository(EventEntity).findOneBy({ id: eventId });
  if (!event) throw notFound('event');
  if (hasRole(user, 'admin')) return { event, sessionIds: null };
  const [{ coordinates, door, sessions }]: {
    coordinates: boolean;
    door: boolean;
    sessions: string[];
  }[] = await manager.query(
    `SELECT EXISTS (SELECT 1 FROM event_coordinators WHERE event_id = $1 AND user_id = $2) AS coordinates,
              EXISTS (SELECT 1 FROM event_door_staff WHERE event_id = $1 AND user_id = $2) AS door,
              ARRAY(SELECT DISTINCT s.id FROM event_sessions s JOIN session_speakers sp ON sp.session_id = s.id
                     WHERE s.event_id = $1 AND sp.user_id = $2)::text[] AS sessions`,
    [eventId, user.id],
  );
  if (coordinates) return { event, sessionIds: null };
  if (options.scan && door && hasRole(user, 'door_staff')) return { event, sessionIds: null };
  if (sessions.length === 0) throw notFound('event');
  return { event, sessionIds: sessions };
}
