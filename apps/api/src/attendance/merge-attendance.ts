import type { EntityManager } from 'typeorm';

/** present > late > excused > absent: the record that says more about the person is kept. */
const RANK = `array_position(ARRAY['absent', 'excused', 'late', 'present']::attendance_status[], %s)`;
const rank = (column: string) => RANK.replace('%s', column);

/**
 * Merging two records of one person keeps both people's attendance: the duplicate's records
 * move to the kept person; where both were recorded at one session, the better one stays and
 * only the other is dropped. Call after the registrations have moved.
 */
export async function moveAttendance(
  tx: EntityManager,
  keptId: string,
  duplicateId: string,
): Promise<void> {
  await tx.query(
    `DELETE FROM attendance_records weaker USING attendance_records stronger
      WHERE weaker.session_id = stronger.session_id
        AND ((weaker.participant_id = $2 AND stronger.participant_id = $1
              AND ${rank('weaker.status')} <= ${rank('stronger.status')})
          OR (weaker.participant_id = $1 AND stronger.participant_id = $2
              AND ${rank('weaker.status')} < ${rank('stronger.status')}))`,
    [keptId, duplicateId],
  );
  await tx.query('UPDATE attendance_records SET participant_id = $1 WHERE participant_id = $2', [
    keptId,
    duplicateId,
  ]);
  // A record whose registration was dropped by the merge points at the kept registration.
  await tx.query(
    `UPDATE attendance_records a SET registration_id = r.id
       FROM registrations r
      WHERE a.participant_id = $1 AND a.registration_id IS NULL
        AND r.participant_id = $1 AND r.event_id = a.event_id`,
    [keptId],
  );
}
