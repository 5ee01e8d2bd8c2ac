import type { EntityManager } from 'typeorm';
import type { EventEntity } from '../../events/entities/event.entity.js';
import { EventSessionEntity } from '../../sessions/entities/event-session.entity.js';
import type { SessionUser } from '../auth/current-user.js';
import { notFound } from '../errors/domain.exception.js';
import { loadEventFor } from './events.js';

/**
 * Who sees which session: whoever sees its event. Loads a session of an event the user may
 * see (with `write`, the event is locked and must be writable).
 */
export async function loadSessionFor(
  manager: EntityManager,
  eventId: string,
  sessionId: string,
  user: SessionUser,
  options: { write?: boolean } = {},
): Promise<{ event: EventEntity; session: EventSessionEntity }> {
  const event = await loadEventFor(manager, eventId, user, options);
  const session = await manager
    .getRepository(EventSessionEntity)
    .findOne({ where: { id: sessionId, eventId }, relations: { speakers: true } });
  if (!session) throw notFound('session');
  return { event, session };
}
