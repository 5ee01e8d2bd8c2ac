import type { Registration } from '@multaqa/contract';
import { toParticipantDto } from '../participants/participant.mapper.js';
import type { RegistrationEntity } from './entities/registration.entity.js';

export function toRegistrationDto(
  r: RegistrationEntity,
  waitlistPosition: number | null,
): Registration {
  return {
    id: r.id,
    eventId: r.eventId,
    participant: toParticipantDto(r.participant),
    status: r.status,
    source: r.source,
    answers: r.answers,
    waitlistPosition,
    statusReason: r.statusReason,
    proposedInstitution: r.proposedInstitution,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}
