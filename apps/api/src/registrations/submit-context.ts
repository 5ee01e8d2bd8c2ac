import type { EventStatus, Question, REGISTRATION_MODES } from '@multaqa/contract';
import type { EntityManager } from 'typeorm';

/** What a public submit checks before it is written down, read in one round trip. */
type RegistrationMode = (typeof REGISTRATION_MODES)[number];

export interface SubmitContext {
  event: {
    status: EventStatus;
    registrationOpensAt: Date | null;
    registrationClosesAt: Date | null;
  };
  mode: RegistrationMode;
  questions: Question[];
  institutionExists: boolean;
  code: { revokedAt: Date | null; expiresAt: Date | null } | null;
}

/**
 * The event, its form, whether the chosen institution exists and the typed invitation code, in
 * one query: a burst of a thousand submits then costs the database a read and an insert each,
 * not five statements (most of a submit's time was waiting for the pool's connections).
 * Null when there is no such event.
 */
export async function submitContext(
  db: EntityManager,
  eventId: string,
  institutionId: string | null,
  code: string | undefined,
): Promise<SubmitContext | null> {
  const rows = (await db.query(
    `SELECT e.status, e.registration_opens_at AS "opensAt", e.registration_closes_at AS "closesAt",
            coalesce(s.mode::text, 'open') AS mode, coalesce(s.questions, '[]'::jsonb) AS questions,
            ($2::uuid IS NULL OR EXISTS (SELECT 1 FROM institutions i WHERE i.id = $2)) AS "institutionExists",
            c.revoked_at AS "revokedAt", c.expires_at AS "expiresAt", c.id IS NOT NULL AS "codeFound"
       FROM events e
       LEFT JOIN registration_settings s ON s.event_id = e.id
       LEFT JOIN invitation_codes c ON c.event_id = e.id AND c.code = $3
      WHERE e.id = $1`,
    [eventId, institutionId, code ?? null],
  )) as {
    status: EventStatus;
    opensAt: Date | null;
    closesAt: Date | null;
    mode: RegistrationMode;
    questions: Question[];
    institutionExists: boolean;
    revokedAt: Date | null;
    expiresAt: Date | null;
    codeFound: boolean;
  }[];
  const row = rows[0];
  if (!row) return null;
  return {
    event: {
      status: row.status,
      registrationOpensAt: row.opensAt,
      registrationClosesAt: row.closesAt,
    },
    mode: row.mode,
    questions: row.questions,
    institutionExists: row.institutionExists,
    code: row.codeFound ? { revokedAt: row.revokedAt, expiresAt: row.expiresAt } : null,
  };
}
