import type { EntityManager } from 'typeorm';

/** The event's staff who get a badge: coordinators, speakers with an account, door staff. */
export const EVENT_STAFF_SQL = `
  SELECT ec.user_id, 'coordinator' AS role FROM event_coordinators ec WHERE ec.event_id = $1
  UNION SELECT DISTINCT sp.user_id, 'speaker' FROM session_speakers sp
    JOIN event_sessions s ON s.id = sp.session_id WHERE s.event_id = $1 AND sp.user_id IS NOT NULL
  UNION SELECT ds.user_id, 'door_staff' FROM event_door_staff ds WHERE ds.event_id = $1`;

/** Why a staff badge was revoked: its holder no longer coordinates, speaks or scans there. */
export const STAFF_REMOVED_REASON = 'staff_removed';

/**
 * A staff badge follows the staff list: the current badge of anyone who is no longer a
 * coordinator, speaker or door staff member of the event is revoked, so scanners refuse it
 * (it goes on the revocation list they keep offline). Called in the transaction that changes
 * the list; someone added back gets a new badge, issued lazily like any other.
 */
export async function revokeFormerStaffBadges(
  manager: EntityManager,
  eventId: string,
): Promise<void> {
  await manager.query(
    `UPDATE badges b SET revoked_at = now(), revoked_reason = $2
      WHERE b.event_id = $1 AND b.user_id IS NOT NULL AND b.revoked_at IS NULL
        AND NOT EXISTS (SELECT 1 FROM (${EVENT_STAFF_SQL}) staff WHERE staff.user_id = b.user_id)`,
    [eventId, STAFF_REMOVED_REASON],
  );
}
