import { READ_ONLY_EVENT_STATUSES } from '@multaqa/contract';
import type { EntityManager } from 'typeorm';
import { hasRole, type SessionUser } from '../common/auth/current-user.js';
import { conflict, notFound } from '../common/errors/domain.exception.js';
import { EventEntity } from './entities/event.entity.js';

/**
 * Loads an event the user may see: admins see every event, coordinators only those they
 * coordinate. Anyone else gets the same 404 as for a missing event, so ids reveal nothing.
 * With `write`, the row is locked and a completed, archived or cancelled event is refused.
 */
export async function loadEventFor(
  manager: EntityManager,
  id: string,
  user: SessionUser,
  options: { write?: boolean } = {},
): Promise<EventEntity> {
  const qb = manager.getRepository(EventEntity).createQueryBuilder('e').where('e.id = :id', { id });
  if (options.write) qb.setLock('pessimistic_write');
  const event = await qb.getOne();
  if (!event || !(await canSeeEvent(manager, event.id, user))) throw notFound('event');
  if (options.write && READ_ONLY_EVENT_STATUSES.includes(event.status)) {
    throw conflict('event_read_only', { status: `terms.event_status.${event.status}` });
  }
  return event;
}

export async function canSeeEvent(
  manager: EntityManager,
  eventId: string,
  user: SessionUser,
): Promise<boolean> {
  if (hasRole(user, 'admin')) return true;
  const rows: unknown[] = await manager.query(
    'SELECT 1 FROM event_coordinators WHERE event_id = $1 AND user_id = $2',
    [eventId, user.id],
  );
  return rows.length > 0;
}
