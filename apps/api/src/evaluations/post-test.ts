import type { EntityManager } from 'typeorm';

/** The event's registrations with a passed post-test: the certificate rule and the reports read this. */
export async function postTestPassedRegistrations(
  manager: EntityManager,
  eventId: string,
): Promise<Set<string>> {
  const rows: { registration_id: string }[] = await manager.query(
    `SELECT registration_id FROM evaluation_responses
      WHERE event_id = $1 AND kind = 'post_test' AND passed`,
    [eventId],
  );
  return new Set(rows.map((r) => r.registration_id));
}

export async function hasPostTest(manager: EntityManager, eventId: string): Promise<boolean> {
  const rows: unknown[] = await manager.query(
    `SELECT 1 FROM evaluations WHERE event_id = $1 AND kind = 'post_test'`,
    [eventId],
  );
  return rows.length > 0;
}
