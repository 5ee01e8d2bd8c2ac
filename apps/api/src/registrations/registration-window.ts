import type { EntityManager } from 'typeorm';
import { conflict, notFound } from '../common/errors/domain.exception.js';
import { EventEntity } from '../events/entities/event.entity.js';

/** Why a public registration is refused right now, or null when it is open. */
export function closedReason(event: EventEntity, now = new Date()): string | null {
  if (event.status !== 'registration_open') return 'status';
  if (event.registrationOpensAt && now < event.registrationOpensAt) return 'not_open_yet';
  if (event.registrationClosesAt && now >= event.registrationClosesAt) return 'closed';
  return null;
}

/** The event, if it takes registrations now. */
export async function openEvent(tx: EntityManager, eventId: string): Promise<EventEntity> {
  const event = await tx.getRepository(EventEntity).findOneBy({ id: eventId });
  if (!event || event.status === 'draft' || event.status === 'cancelled') throw notFound('event');
  const reason = closedReason(event);
  if (reason) throw conflict(`registration_${reason === 'status' ? 'closed' : reason}`);
  return event;
}
