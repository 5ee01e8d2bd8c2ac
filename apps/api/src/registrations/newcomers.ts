import type { EntityManager } from 'typeorm';
import type { EventEntity } from '../events/entities/event.entity.js';
import type { OutboxService } from '../notifications/outbox.service.js';
import { nameKeys } from '../participants/duplicates.js';
import { ParticipantEntity } from '../participants/participant.entity.js';
import { decisionSnapshot, QUOTA_COUNTRY, QUOTA_INSTITUTION } from './capacity.js';
import type { RegistrationSettingsEntity } from './entities/registration-settings.entity.js';
import type { SubmittedForm } from './entities/registration-submission.entity.js';
import { RegistrationEntity } from './entities/registration.entity.js';
import type { RegistrationConfirmations } from './registration-confirmations.service.js';
import type { RegistrationFlow } from './registration-flow.js';

export interface Newcomer {
  submissionId: string;
  form: SubmittedForm;
}

interface Places {
  approved: number;
  byInstitution: Map<string, number>;
  byCountry: Map<string, number>;
  institutionQuota: Map<string, number>;
  countryQuota: Map<string, number>;
  waiting: number;
  lastWaitlistedAt: number;
}

/**
 * The approved registrations as roomFor counts them (decision snapshot), the quotas and the
 * waiting list, read once for a run of newcomers: under the event's lock nobody else decides,
 * so counting on in memory gives the same answers as asking roomFor each time.
 */
async function placesNow(tx: EntityManager, eventId: string): Promise<Places> {
  const approved = (await tx.query(
    `SELECT ${QUOTA_INSTITUTION} AS institution, ${QUOTA_COUNTRY} AS country
       FROM registrations r JOIN participants p ON p.id = r.participant_id
      WHERE r.event_id = $1 AND r.status = 'approved'`,
    [eventId],
  )) as { institution: string | null; country: string | null }[];
  const quotas = (await tx.query(
    `SELECT scope, institution_id AS "institutionId", country_code AS "countryCode", capacity
       FROM registration_quotas WHERE event_id = $1`,
    [eventId],
  )) as {
    scope: string;
    institutionId: string | null;
    countryCode: string | null;
    capacity: number;
  }[];
  const [waiting] = (await tx.query(
    `SELECT count(*)::int AS n, max(waitlisted_at) AS last FROM registrations
      WHERE event_id = $1 AND status = 'waitlisted'`,
    [eventId],
  )) as { n: number; last: Date | null }[];
  const tally = (keys: (string | null)[]) => {
    const map = new Map<string, number>();
    for (const key of keys) if (key) map.set(key, (map.get(key) ?? 0) + 1);
    return map;
  };
  return {
    approved: approved.length,
    byInstitution: tally(approved.map((a) => a.institution)),
    byCountry: tally(approved.map((a) => a.country)),
    institutionQuota: new Map(
      quotas
        .filter((q) => q.scope === 'institution' && q.institutionId)
        .map((q) => [q.institutionId!, q.capacity]),
    ),
    countryQuota: new Map(
      quotas
        .filter((q) => q.scope === 'country' && q.countryCode)
        .map((q) => [q.countryCode!.trim(), q.capacity]),
    ),
    waiting: waiting.n,
    lastWaitlistedAt: waiting.last ? new Date(waiting.last).getTime() : 0,
  };
}

const full = (count: Map<string, number>, quota: Map<string, number>, key: string | null) =>
  key !== null && quota.has(key) && (count.get(key) ?? 0) >= quota.get(key)!;

/**
 * Registers a run of new addresses (no account, no person, no invitation code) in arrival
 * order with a handful of inserts, by the same rules as RegistrationFlow.submit: approved
 * within capacity and quotas (or submitted when a coordinator approves), else waitlisted.
 * Returns the outbox ids to dispatch.
 */
export async function registerNewcomers(
  tx: EntityManager,
  event: EventEntity,
  settings: RegistrationSettingsEntity,
  run: Newcomer[],
  services: {
    flow: RegistrationFlow;
    confirmations: RegistrationConfirmations;
    outbox: OutboxService;
  },
): Promise<string[]> {
  if (run.length === 0) return [];
  const people = run.map(({ form }) => ({
    fullNameAr: form.fullNameAr,
    fullNameLatin: form.fullNameLatin,
    gender: form.gender,
    nationality: form.nationality,
    institutionId: form.institutionId ?? null,
    position: form.position,
    email: form.email,
    phone: form.phone ?? null,
    preferredLanguage: form.preferredLanguage,
    ...nameKeys(form.fullNameAr ?? '', form.fullNameLatin ?? ''),
    createdById: null,
  }));
  const inserted = await tx.getRepository(ParticipantEntity).insert(people);
  const participants = people.map((p, i) =>
    Object.assign(new ParticipantEntity(), p, {
      id: inserted.identifiers[i].id as string,
      userId: null,
      mergedIntoId: null,
    }),
  );
  const places = await placesNow(tx, event.id);
  // Strictly increasing, after everyone already waiting: the waiting list's order is this one.
  let clock = Math.max(Date.now(), places.lastWaitlistedAt + 1);
  const decisions = participants.map((participant) => {
    const institution = participant.institutionId;
    const country = participant.nationality;
    const noRoom =
      places.approved >= event.capacity ||
      full(places.byInstitution, places.institutionQuota, institution) ||
      full(places.byCountry, places.countryQuota, country);
    const status: 'waitlisted' | 'submitted' | 'approved' = noRoom
      ? 'waitlisted'
      : settings.approvalRequired
        ? 'submitted'
        : 'approved';
    if (status === 'approved') {
      places.approved += 1;
      if (institution)
        places.byInstitution.set(institution, (places.byInstitution.get(institution) ?? 0) + 1);
      places.byCountry.set(country, (places.byCountry.get(country) ?? 0) + 1);
    }
    const position = status === 'waitlisted' ? (places.waiting += 1) : ('' as const);
    return { participant, status, position, waitlistedAt: noRoom ? new Date(clock++) : null };
  });
  await tx.getRepository(RegistrationEntity).insert(
    decisions.map(({ participant, status, waitlistedAt }, i) => ({
      eventId: event.id,
      participantId: participant.id,
      status,
      source: 'online' as const,
      answers: run[i].form.answers,
      invitationCodeId: null,
      submissionId: run[i].submissionId,
      waitlistedAt,
      statusReason: null,
      proposedInstitution: run[i].form.proposedInstitution ?? null,
      ...(status === 'submitted'
        ? {
            decidedAt: null,
            decidedInstitutionId: null,
            decidedCountryCode: null,
            decidedGender: null,
          }
        : decisionSnapshot(participant)),
    })),
  );
  const confirmMails = await services.confirmations.confirmAddresses(
    tx,
    event,
    participants.map((participant, i) => ({ participant, submissionId: run[i].submissionId })),
  );
  const mails = decisions.flatMap(({ participant, status, position }, i) => [
    confirmMails[i],
    services.flow.statusMail(event, participant, `registration_${status}`, position),
  ]);
  return services.outbox.enqueueMany(tx, mails);
}
