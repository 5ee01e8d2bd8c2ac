import type { Participant } from '@multaqa/contract';
import { toInstitutionRef } from '../institutions/institutions.service.js';
import type { ParticipantEntity } from './participant.entity.js';

export function toParticipantDto(p: ParticipantEntity, registrationCount = 0): Participant {
  return {
    id: p.id,
    fullNameAr: p.fullNameAr,
    fullNameLatin: p.fullNameLatin,
    gender: p.gender,
    nationality: p.nationality,
    institution: p.institution ? toInstitutionRef(p.institution) : null,
    position: p.position,
    email: p.email,
    phone: p.phone,
    preferredLanguage: p.preferredLanguage,
    hasAccount: !!p.userId,
    registrationCount,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
}
