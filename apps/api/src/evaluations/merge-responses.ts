import type { EntityManager } from 'typeorm';

/** An answer a merge dropped, as the merge history keeps it. */
export interface DroppedResponse {
  id: string;
  evaluation_id: string;
  kind: string;
  submitted_at: Date;
  answers: unknown;
}

/**
 * Merging two records of one person at one event keeps one registration: the dropped one's
 * evaluation answers move to it. Where both answered the same evaluation, the kept
 * registration's answer stays (one person, one answer in the results) and the other is
 * returned for the merge history. Call before the dropped registration is deleted.
 */
export async function keepResponses(
  tx: EntityManager,
  droppedRegistrationId: string,
  keptRegistrationId: string,
): Promise<DroppedResponse[]> {
  const dropped: DroppedResponse[] = await tx.query(
    `WITH dropped AS (
       DELETE FROM evaluation_responses d USING evaluation_responses k
        WHERE d.registration_id = $1 AND k.registration_id = $2 AND k.evaluation_id = d.evaluation_id
       RETURNING d.id, d.evaluation_id, d.kind, d.submitted_at, d.answers)
     SELECT * FROM dropped`,
    [droppedRegistrationId, keptRegistrationId],
  );
  await tx.query(
    `UPDATE evaluation_responses SET registration_id = $2 WHERE registration_id = $1`,
    [droppedRegistrationId, keptRegistrationId],
  );
  return dropped;
}
