import type { EntityManager } from 'typeorm';
import type { EventEntity } from '../events/entities/event.entity.js';
import type { ParticipantEntity } from '../participants/participant.entity.js';
import { RegistrationEntity } from './entities/registration.entity.js';

/**
 * A registration's institution and country for quotas: as they were when it was decided
 * (RegistrationEntity.decidedAt), the person's current ones before that. SQL over `r`
 * (registrations) joined to `p` (participants).
 */
export const QUOTA_INSTITUTION = `CASE WHEN r.decided_at IS NULL THEN p.institution_id ELSE r.decided_institution_id END`;
export const QUOTA_COUNTRY = `CASE WHEN r.decided_at IS NULL THEN p.nationality ELSE r.decided_country_code END`;

/** What a decision records about the person (see RegistrationEntity.decidedAt). */
export const decisionSnapshot = (
  participant: Pick<ParticipantEntity, 'institutionId' | 'nationality' | 'gender'>,
): Pick<
  RegistrationEntity,
  'decidedAt' | 'decidedInstitutionId' | 'decidedCountryCode' | 'decidedGender'
> => ({
  decidedAt: new Date(),
  decidedInstitutionId: participant.institutionId,
  decidedCountryCode: participant.nationality,
  decidedGender: participant.gender,
});

export type NoRoom = 'capacity_full' | 'institution_quota_full' | 'country_quota_full';

/**
 * Whether one more approved registration for this person keeps the event within its
 * capacity and within the quotas of their institution and country. Counted in the database,
 * by callers that hold the event's row lock: registrations of one event are decided one at a
 * time, so a thousand at once cannot overshoot.
 */
export async function roomFor(
  tx: EntityManager,
  event: EventEntity,
  participant: Pick<ParticipantEntity, 'institutionId' | 'nationality'>,
): Promise<NoRoom | null> {
  // One round trip: it runs under the event's lock, where every one of them makes everybody
  // queued behind it wait.
  const [row] = (await tx.query(
    `WITH approved AS (
       SELECT ${QUOTA_INSTITUTION} AS institution_id, ${QUOTA_COUNTRY} AS nationality
         FROM registrations r
         JOIN participants p ON p.id = r.participant_id
        WHERE r.event_id = $1 AND r.status = 'approved')
     SELECT (SELECT count(*) FROM approved)::int AS total,
            iq.capacity AS "institutionCapacity",
            (SELECT count(*) FROM approved a WHERE a.institution_id = iq.institution_id)::int
              AS "institutionApproved",
            cq.capacity AS "countryCapacity",
            (SELECT count(*) FROM approved a WHERE a.nationality = cq.country_code)::int
              AS "countryApproved"
       FROM (SELECT 1) one
       LEFT JOIN registration_quotas iq
         ON iq.event_id = $1 AND iq.scope = 'institution' AND iq.institution_id = $2
       LEFT JOIN registration_quotas cq
         ON cq.event_id = $1 AND cq.scope = 'country' AND cq.country_code = $3`,
    [event.id, participant.institutionId, participant.nationality],
  )) as {
    total: number;
    institutionCapacity: number | null;
    institutionApproved: number;
    countryCapacity: number | null;
    countryApproved: number;
  }[];
  if (row.total >= event.capacity) return 'capacity_full';
  if (row.institutionCapacity !== null && row.institutionApproved >= row.institutionCapacity)
    return 'institution_quota_full';
  if (row.countryCapacity !== null && row.countryApproved >= row.countryCapacity)
    return 'country_quota_full';
  return null;
}

/** Locks the event row: every decision about its places happens under this lock. */
export async function lockEvent(tx: EntityManager, eventId: string): Promise<void> {
  await tx.query('SELECT 1 FROM events WHERE id = $1 FOR UPDATE', [eventId]);
}
