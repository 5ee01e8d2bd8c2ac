/** The event's staff who get a badge: coordinators, speakers with an account, door staff. */
export const EVENT_STAFF_SQL = `
  SELECT ec.user_id, 'coordinator' AS role FROM event_coordinators ec WHERE ec.event_id = $1
  UNION SELECT DISTINCT sp.user_id, 'speaker' FROM session_speakers sp
    JOIN event_sessions s ON s.id = sp.session_id WHERE s.event_id = $1 AND sp.user_id IS NOT NULL
  UNION SELECT ds.user_id, 'door_staff' FROM event_door_staff ds WHERE ds.event_id = $1`;
