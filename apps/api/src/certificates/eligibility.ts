import {
  type CertificateRule,
  type CertificateStatus,
  type EligibilityEntry,
  type Language,
  pickLocalized,
} from '@multaqa/contract';
import type { EntityManager } from 'typeorm';

type IneligibilityReason = EligibilityEntry['reasons'][number];
import { attendanceRates } from '../attendance/attendance-rates.js';
import { postTestPassedRegistrations } from '../evaluations/post-test.js';
import type { EventEntity } from '../events/entities/event.entity.js';
import { readAll } from '../database/reads.js';

/**
 * Every approved registration of the event against the rule: attendance from the attendance
 * module's rates (the same numbers its reports show), and the valid certificate already issued.
 * Without a rule, nobody qualifies yet (no minimum to compare with): reasons stay empty.
 */
export async function eligibilityEntries(
  manager: EntityManager,
  event: EventEntity,
  rule: (Pick<CertificateRule, 'minAttendancePercent'> & { requirePostTestPass?: boolean }) | null,
  language: Language = 'en',
): Promise<EligibilityEntry[]> {
  const [rates, registrations, certificates, postTestPassed] = await readAll(manager, [
    () => attendanceRates(manager, event, null),
    () =>
      manager.query(
        `SELECT id, participant_id FROM registrations WHERE event_id = $1 AND status = 'approved'`,
        [event.id],
      ) as Promise<{ id: string; participant_id: string }[]>,
    () =>
      manager.query(
        `SELECT id, serial, status, registration_id, replaced_by_id FROM certificates
        WHERE event_id = $1 AND (status = 'valid' OR replaced_by_id IS NULL)`,
        [event.id],
      ) as Promise<
        {
          id: string;
          serial: string;
          status: CertificateStatus;
          registration_id: string;
          replaced_by_id: string | null;
        }[]
      >,
    () => (rule?.requirePostTestPass ? postTestPassedRegistrations(manager, event.id) : null),
  ]);
  const registrationOf = new Map(registrations.map((r) => [r.participant_id, r.id]));
  const certificateOf = new Map(
    certificates.filter((c) => c.status === 'valid').map((c) => [c.registration_id, c]),
  );
  // Revoked and never replaced (issued by mistake): not issued again unless someone reissues it.
  const revokedOnly = new Set(
    certificates.filter((c) => c.status === 'revoked').map((c) => c.registration_id),
  );
  return rates.participants.flatMap((p) => {
    const registrationId = registrationOf.get(p.participantId);
    if (!registrationId) return [];
    const { held, attended } = p.rate;
    const reasons: IneligibilityReason[] = [];
    if (held === 0) reasons.push('no_sessions_held');
    else if (rule && attended * 100 < rule.minAttendancePercent * held) {
      reasons.push('attendance_below_minimum');
    }
    if (postTestPassed && !postTestPassed.has(registrationId)) reasons.push('post_test_not_passed');
    const certificate = certificateOf.get(registrationId);
    if (!certificate && revokedOnly.has(registrationId)) reasons.push('certificate_revoked');
    const institutionName = p.institution?.name ?? null;
    return [
      {
        registrationId,
        participantId: p.participantId,
        fullNameAr: p.fullNameAr,
        fullNameLatin: p.fullNameLatin,
        institutionName: institutionName ? pickLocalized(institutionName, language) : null,
        attended,
        held,
        ratePercent: held > 0 ? Math.round((attended / held) * 1000) / 10 : null,
        qualifies: rule !== null && reasons.length === 0,
        reasons,
        certificate: certificate
          ? { id: certificate.id, serial: certificate.serial, status: certificate.status }
          : null,
      },
    ];
  });
}
