import type { LocalizedText, SessionConflict } from '@multaqa/contract';
import type { EntityManager } from 'typeorm';
import { visibleEventIds } from '../common/access/events.js';
import type { SessionUser } from '../common/auth/current-user.js';

export interface Booking {
  startsAt: Date;
  endsAt: Date;
  room: string;
  city: LocalizedText;
  venue: LocalizedText;
  speakerUserIds: string[];
}

interface Row {
  kind: 'room' | 'speaker';
  subject: string;
  session_id: string;
  session_title: LocalizedText;
  event_id: string;
  event_title: LocalizedText;
  starts_at: Date;
  ends_at: Date;
}

/**
 * Two names of a place are the same place when they share a name in any language, ignoring case
 * ("Niamey" in English and in French), or when neither is given.
 */
const samePlace = (column: string, param: string) =>
  `(EXISTS (SELECT 1 FROM jsonb_each_text(${column}) a JOIN jsonb_each_text(${param}::jsonb) b
             ON a.value <> '' AND lower(a.value) = lower(b.value))
    OR (NOT EXISTS (SELECT 1 FROM jsonb_each_text(${column}) a WHERE a.value <> '')
        AND NOT EXISTS (SELECT 1 FROM jsonb_each_text(${param}::jsonb) b WHERE b.value <> '')))`;

/**
 * Other sessions, in any event that is not cancelled, that overlap this booking and use the
 * same room (same city, venue and room name, ignoring case) or the same speaker. Callers hold
 * the session-writing lock (see SessionsService), so two overlapping bookings cannot both pass.
 * A booking in an event the user does not see is told without its event or session.
 */
export async function findConflicts(
  manager: EntityManager,
  booking: Booking,
  excludeSessionIds: string[],
  user: SessionUser,
): Promise<SessionConflict[]> {
  const rows: Row[] = await manager.query(
    `SELECT 'room' AS kind, s.room AS subject, s.id AS session_id, s.title AS session_title,
            e.id AS event_id, e.title AS event_title, s.starts_at, s.ends_at
       FROM event_sessions s JOIN events e ON e.id = s.event_id
      WHERE e.status <> 'cancelled' AND s.starts_at < $2 AND s.ends_at > $1
        AND NOT (s.id = ANY($3::uuid[]))
        AND $4 <> '' AND lower(s.room) = lower($4) AND ${samePlace('e.city', '$5')} AND ${samePlace('e.venue', '$6')}
     UNION ALL
     SELECT 'speaker', sp.name, s.id, s.title, e.id, e.title, s.starts_at, s.ends_at
       FROM session_speakers sp
       JOIN event_sessions s ON s.id = sp.session_id JOIN events e ON e.id = s.event_id
      WHERE e.status <> 'cancelled' AND s.starts_at < $2 AND s.ends_at > $1
        AND NOT (s.id = ANY($3::uuid[]))
        AND sp.user_id = ANY($7::uuid[])
      ORDER BY starts_at`,
    [
      booking.startsAt,
      booking.endsAt,
      excludeSessionIds,
      booking.room.trim(),
      JSON.stringify(booking.city),
      JSON.stringify(booking.venue),
      booking.speakerUserIds,
    ],
  );
  const visible = await visibleEventIds(
    manager,
    rows.map((r) => r.event_id),
    user,
  );
  return rows.map((r) => ({
    kind: r.kind,
    subject: r.subject,
    ...(visible.has(r.event_id)
      ? {
          sessionId: r.session_id,
          sessionTitle: r.session_title,
          eventId: r.event_id,
          eventTitle: r.event_title,
        }
      : { sessionId: null, sessionTitle: null, eventId: null, eventTitle: null }),
    startsAt: new Date(r.starts_at).toISOString(),
    endsAt: new Date(r.ends_at).toISOString(),
  }));
}
