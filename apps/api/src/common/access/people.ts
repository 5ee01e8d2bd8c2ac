import type { EntityManager } from 'typeorm';
import { hasRole, type SessionUser } from '../auth/current-user.js';
import { forbidden } from '../errors/domain.exception.js';

/**
 * Who sees which person, written once: admins see everyone; a coordinator sees the people
 * registered in an event they coordinate, and the records they entered themselves (they typed
 * them). Everyone else in the registry is out of their scope: a duplicate check may say such a
 * person exists, never who they are.
 */

/** The condition itself, for a participants row `alias` and the user's id as `userId`. */
const inScope = (alias: string, userId: string) =>
  `(${alias}.created_by_id = ${userId} OR EXISTS (
      SELECT 1 FROM registrations access_r
        JOIN event_coordinators access_ec ON access_ec.event_id = access_r.event_id
       WHERE access_r.participant_id = ${alias}.id AND access_ec.user_id = ${userId}))`;

/** A WHERE fragment for `alias` (a participants row) with its parameters; null when all are visible. */
export function visiblePeopleWhere(
  alias: string,
  user: SessionUser,
): { sql: string; params: { accessUserId: string } } | null {
  if (hasRole(user, 'admin')) return null;
  return { sql: inScope(alias, ':accessUserId'), params: { accessUserId: user.id } };
}

/** Of these participant ids, the ones the user may see. */
export async function visiblePeopleIds(
  manager: EntityManager,
  ids: string[],
  user: SessionUser,
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  if (hasRole(user, 'admin')) return new Set(ids);
  const rows: { id: string }[] = await manager.query(
    `SELECT p.id FROM participants p WHERE p.id = ANY($1::uuid[]) AND ${inScope('p', '$2')}`,
    [ids, user.id],
  );
  return new Set(rows.map((r) => r.id));
}

/**
 * A record shared with events the user does not coordinate belongs to more than them: only an
 * admin may change it. Otherwise registering someone by their email (which a coordinator can
 * do without seeing the record) would let the coordinator rewrite a stranger's record.
 */
export async function assertMayEditPerson(
  manager: EntityManager,
  participantId: string,
  user: SessionUser,
): Promise<void> {
  if (hasRole(user, 'admin')) return;
  const rows: unknown[] = await manager.query(
    `SELECT 1 FROM registrations r
      WHERE r.participant_id = $1
        AND NOT EXISTS (SELECT 1 FROM event_coordinators ec
                         WHERE ec.event_id = r.event_id AND ec.user_id = $2)
      LIMIT 1`,
    [participantId, user.id],
  );
  if (rows.length > 0) throw forbidden('participant_shared');
}

/** The caller's own person record (through their account), for the participant portal; null when none. */
export async function ownParticipantId(
  manager: EntityManager,
  user: SessionUser,
): Promise<string | null> {
  const [row]: { id: string }[] = await manager.query(
    'SELECT id FROM participants WHERE user_id = $1 AND merged_into_id IS NULL',
    [user.id],
  );
  return row?.id ?? null;
}
