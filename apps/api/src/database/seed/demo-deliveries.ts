import type { BankQuestion, Event } from '@multaqa/contract';
import type { EntityManager } from 'typeorm';
import {
  addPeople,
  type Newcomer,
  register,
  takeAttendance,
  trainingPattern,
} from './demo-attendance.js';
import { seedEvaluations } from './demo-evaluations.js';

/**
 * One Mogadishu delivery after the event (story steps 2–4 and the evaluations): the ministries'
 * quotas, the officials approved up to them and a few waitlisted, door staff, attendance at
 * every session, and the pre-test, post-test and survey most of them answered.
 */
export async function seedDelivery(
  tx: EntityManager,
  options: {
    event: Pick<Event, 'id' | 'startDate' | 'endDate' | 'timeZone'>;
    cohort: { approved: Newcomer[]; waitlisted: Newcomer[] };
    emailPrefix: string;
    /** The participant demo account, for the first official of the first cohort. */
    participantUserId: string | null;
    doorStaffUserId: string;
    trainerId: string;
    coordinatorId: string;
    bank: BankQuestion[];
    /** The delivery's number, so the two cohorts answer differently. */
    variation: number;
  },
): Promise<void> {
  const { event, cohort } = options;
  const quotas = new Map<string, number>();
  for (const p of cohort.approved)
    quotas.set(p.institutionId, (quotas.get(p.institutionId) ?? 0) + 1);
  await tx.query(
    `INSERT INTO registration_quotas (event_id, scope, institution_id, capacity)
     SELECT $1, 'institution', k.institution_id, k.capacity
       FROM unnest($2::uuid[], $3::int[]) AS k(institution_id, capacity)`,
    [event.id, [...quotas.keys()], [...quotas.values()]],
  );
  const approved = await addPeople(tx, cohort.approved, {
    emailPrefix: options.emailPrefix,
    createdById: options.coordinatorId,
  });
  const waiting = await addPeople(tx, cohort.waitlisted, {
    emailPrefix: `${options.emailPrefix}-waiting`,
    createdById: options.coordinatorId,
  });
  if (options.participantUserId) {
    await tx.query('UPDATE participants SET user_id = $1 WHERE id = $2', [
      options.participantUserId,
      approved[0],
    ]);
  }
  const decidedAt = new Date(Date.parse(`${event.startDate}T09:00:00Z`) - 10 * 86_400_000);
  await register(tx, event.id, approved, 'approved', decidedAt);
  await register(tx, event.id, waiting, 'waitlisted', decidedAt);
  await tx.query('INSERT INTO event_door_staff (event_id, user_id) VALUES ($1, $2)', [
    event.id,
    options.doorStaffUserId,
  ]);
  await takeAttendance(tx, {
    eventId: event.id,
    participantIds: approved,
    takenById: options.doorStaffUserId,
    pattern: trainingPattern,
  });
  const registrations: { id: string; channel: 'portal' | 'link' }[] = await tx.query(
    `SELECT r.id, CASE WHEN p.user_id IS NULL THEN 'link' ELSE 'portal' END AS channel
       FROM registrations r JOIN participants p ON p.id = r.participant_id
      WHERE r.event_id = $1 AND r.status = 'approved'
      ORDER BY array_position($2::uuid[], r.participant_id)`,
    [event.id, approved],
  );
  await seedEvaluations(tx, options.bank, {
    eventId: event.id,
    timeZone: event.timeZone,
    startDate: event.startDate,
    endDate: event.endDate,
    registrations,
    trainerId: options.trainerId,
    variation: options.variation,
  });
}
