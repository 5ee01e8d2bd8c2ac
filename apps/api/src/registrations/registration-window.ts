import type { EntityManager } from 'typeorm';
import { conflict, notFound } from '../common/errors/domain.exception.js';
import { EventEntity } from '../events/entities/event.entity.js';

/** Why a public registration is refused right now, or null when it is open. */
export function closedReason(
  event: Pick<EventEntity, 'status' | 'registrationOpensAt' | 'registrationClosesAt'>,
  now = new Date(),
): string | null {
  if (event.status !== 'registration_open') return 'status';
  if (event.registrationOpensAt && now < event.registrationOpensAt) return 'not_open_yet';
  if (event.registrationClosesAt && now >= event.registrationClosesAt) return 'closed';
  return null;
}

/**
 * The event, if it takes registrations now; with `lock`, read under the event's row lock
 * (the lock lockEvent takes), in the same round trip.
 */
export async function openEvent(
  tx: EntityManager,
  eventId: string,
  options: { lock?: boolean } = {},
): Promise<EventEntity> {
  const query = tx.getRepository(EventEntity).createQueryBuilder('e').where('e.id = :eventId', {
    eventId,
  });
  if (options.lock) query.setLock('pessimistic_write');
  const event = await query.getOne();
  if (!event || event.status === 'draft' || event.status === 'cancelled') throw notFound('event');
  const reason = closedReason(event);
  if (reason) throw conflict(`registration_${reason === 'status' ? 'closed' : reason}`);
  return event;
}
