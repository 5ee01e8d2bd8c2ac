import type { EntityManager } from 'typeorm';
import type { EventEntity } from '../events/entities/event.entity.js';
import type { ParticipantEntity } from '../participants/participant.entity.js';
import { RegistrationQuotaEntity } from './entities/registration-quota.entity.js';
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
  const approved = await tx
    .getRepository(RegistrationEntity)
    .countBy({ eventId: event.id, status: 'approved' });
  if (approved >= event.capacity) return 'capacity_full';
  const quotas = await tx.getRepository(RegistrationQuotaEntity).findBy({ eventId: event.id });
  const institutionQuota = quotas.find(
    (q) => q.scope === 'institution' && q.institutionId === participant.institutionId,
  );
  if (
    institutionQuota &&
    (await approvedWhere(
      tx,
      event.id,
      `${QUOTA_INSTITUTION} = $2`,
      institutionQuota.institutionId,
    )) >= institutionQuota.capacity
  ) {
    return 'institution_quota_full';
  }
  const countryQuota = quotas.find(
    (q) => q.scope === 'country' && q.countryCode === participant.nationality,
  );
  if (
    countryQuota &&
    (await approvedWhere(tx, event.id, `${QUOTA_COUNTRY} = $2`, countryQuota.countryCode)) >=
      countryQuota.capacity
  ) {
    return 'country_quota_full';
  }
  return null;
}

async function approvedWhere(
  tx: EntityManager,
  eventId: string,
  condition: string,
  value: string | null,
): Promise<number> {
  const [row] = (await tx.query(
    `SELECT count(*)::int AS n FROM registrations r JOIN participants p ON p.id = r.participant_id
      WHERE r.event_id = $1 AND r.status = 'approved' AND ${condition}`,
    [eventId, value],
  )) as { n: number }[];
  return row.n;
}

/** Locks the event row: every decision about its places happens under this lock. */
export async function lockEvent(tx: EntityManager, eventId: string): Promise<void> {
  await tx.query('SELECT 1 FROM events WHERE id = $1 FOR UPDATE', [eventId]);
}
