import type { EntityManager } from 'typeorm';
import { conflict } from '../common/errors/domain.exception.js';

/**
 * Merging two records of one person at one event keeps one registration: the dropped one's
 * certificates (valid, revoked or replaced) move to it, so every serial still verifies. Two
 * valid certificates cannot both stay, so the merge is refused until a person revokes one.
 * Call before the dropped registration is deleted.
 */
export async function keepCertificates(
  tx: EntityManager,
  droppedRegistrationId: string,
  keptRegistrationId: string,
): Promise<void> {
  const [valid]: { both: boolean }[] = await tx.query(
    `SELECT count(DISTINCT registration_id) = 2 AS both FROM certificates
      WHERE status = 'valid' AND registration_id IN ($1, $2)`,
    [droppedRegistrationId, keptRegistrationId],
  );
  if (valid.both) throw conflict('merge_two_valid_certificates');
  await tx.query(`UPDATE certificates SET registration_id = $2 WHERE registration_id = $1`, [
    droppedRegistrationId,
    keptRegistrationId,
  ]);
}

/** The duplicate's certificates name the kept person. Call after the registrations have moved. */
export async function moveCertificates(
  tx: EntityManager,
  keptId: string,
  duplicateId: string,
): Promise<void> {
  await tx.query(`UPDATE certificates SET participant_id = $1 WHERE participant_id = $2`, [
    keptId,
    duplicateId,
  ]);
}
