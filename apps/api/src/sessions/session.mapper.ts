import type { Session } from '@multaqa/contract';
import type { EventSessionEntity } from './entities/event-session.entity.js';
import { toLocal } from './local-time.js';

export function toSessionDto(session: EventSessionEntity, timeZone: string): Session {
  const start = toLocal(session.startsAt, timeZone);
  const end = toLocal(session.endsAt, timeZone);
  return {
    id: session.id,
    eventId: session.eventId,
    title: session.title,
    type: session.type,
    room: session.room,
    track: session.track,
    startsAt: session.startsAt.toISOString(),
    endsAt: session.endsAt.toISOString(),
    date: start.date,
    startTime: start.time,
    endTime: end.time,
    module: session.module ? { id: session.module.id, title: session.module.title } : null,
    speakers: [...(session.speakers ?? [])]
      .sort((a, b) => a.position - b.position)
      .map((s) => ({ userId: s.userId, name: s.name, affiliation: s.affiliation })),
  };
}
