import { READ_ONLY_EVENT_STATUSES } from '@multaqa/contract';
import type { EntityManager } from 'typeorm';
import { EventEntity } from '../../events/entities/event.entity.js';
import { hasRole, type SessionUser } from '../auth/current-user.js';
import { conflict, notFound } from '../errors/domain.exception.js';

/**
 * Who sees which event, written once: admins see every event, coordinators only those they
 * coordinate. Every query that returns events, or things inside events, goes through here.
 */

/** A WHERE fragment for `alias` (an events row) with its parameters; null when all are visible. */
export function visibleEventsWhere(
  alias: string,
  user: SessionUser,
): { sql: string; params: { accessUserId: string } } | null {
  if (hasRole(user, 'admin')) return null;
  return {
    sql: `EXISTS (SELECT 1 FROM event_coordinators access_ec
                   WHERE access_ec.event_id = ${alias}.id AND access_ec.user_id = :accessUserId)`,
    params: { accessUserId: user.id },
  };
}

/**
 * Loads an event the user may see. Anyone else gets the same 404 as for a missing event, so
 * ids reveal nothing. With `write`, the row is locked and a completed, archived or cancelled
 * event is refused.
 */
export async function loadEventFor(
  manager: EntityManager,
  id: string,
  user: SessionUser,
  options: { write?: boolean } = {},
): Promise<EventEntity> {
  const qb = manager.getRepository(EventEntity).createQueryBuilder('e').where('e.id = :id', { id });
  const visible = visibleEventsWhere('e', user);
  if (visible) qb.andWhere(visible.sql, visible.params);
  if (options.write) qb.setLock('pessimistic_write');
  const event = await qb.getOne();
  if (!event) throw notFound('event');
  if (options.write && READ_ONLY_EVENT_STATUSES.includes(event.status)) {
    throw conflict('event_read_only', { status: `terms.event_status.${event.status}` });
  }
  return event;
}

/** Of these event ids, the ones the user may see. */
export async function visibleEventIds(
  manager: EntityManager,
  ids: string[],
  user: SessionUser,
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  if (hasRole(user, 'admin')) return new Set(ids);
  const rows: { event_id: string }[] = await manager.query(
    'SELECT event_id FROM event_coordinators WHERE user_id = $1 AND event_id = ANY($2::uuid[])',
    [user.id, ids],
  );
  return new Set(rows.map((r) => r.event_id));
}
