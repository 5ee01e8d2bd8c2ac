import type { EventStatus, Question, REGISTRATION_MODES } from '@multaqa/contract';
import type { EntityManager } from 'typeorm';

/** What public submits to one event check before they are written down, read in one round trip. */
type RegistrationMode = (typeof REGISTRATION_MODES)[number];

export interface InvitationCodeState {
  revokedAt: Date | null;
  expiresAt: Date | null;
}

export interface SubmitContext {
  event: {
    status: EventStatus;
    registrationOpensAt: Date | null;
    registrationClosesAt: Date | null;
  };
  mode: RegistrationMode;
  questions: Question[];
  /** Which of the asked institutions exist (ids in lower case). */
  institutions: Set<string>;
  /** The asked invitation codes found on the event, by code. */
  codes: Map<string, InvitationCodeState>;
}

/**
 * The event, its form, which of the chosen institutions exist and the typed invitation codes,
 * in one query for every submit of a batch: a burst of a thousand submits then costs the
 * database a read per batch, not five statements per submit. Null when there is no such event.
 */
export async function submitContext(
  db: EntityManager,
  eventId: string,
  institutionIds: string[],
  codes: string[],
): Promise<SubmitContext | null> {
  const rows = (await db.query(
    `SELECT e.status, e.registration_opens_at AS "opensAt", e.registration_closes_at AS "closesAt",
            coalesce(s.mode::text, 'open') AS mode, coalesce(s.questions, '[]'::jsonb) AS questions,
            ARRAY(SELECT i.id::text FROM institutions i WHERE i.id = ANY($2::uuid[])) AS institutions,
            (SELECT coalesce(json_agg(json_build_object('code', c.code, 'revokedAt', c.revoked_at,
                                                        'expiresAt', c.expires_at)), '[]')
               FROM invitation_codes c WHERE c.event_id = e.id AND c.code = ANY($3::text[])) AS codes
       FROM events e
       LEFT JOIN registration_settings s ON s.event_id = e.id
      WHERE e.id = $1`,
    [eventId, institutionIds, codes],
  )) as {
    status: EventStatus;
    opensAt: Date | null;
    closesAt: Date | null;
    mode: RegistrationMode;
    questions: Question[];
    institutions: string[];
    codes: { code: string; revokedAt: string | null; expiresAt: string | null }[];
  }[];
  const row = rows[0];
  if (!row) return null;
  const date = (text: string | null) => (text === null ? null : new Date(text));
  return {
    event: {
      status: row.status,
      registrationOpensAt: row.opensAt,
      registrationClosesAt: row.closesAt,
    },
    mode: row.mode,
    questions: row.questions,
    institutions: new Set(row.institutions),
    codes: new Map(
      row.codes.map((c) => [
        c.code,
        { revokedAt: date(c.revokedAt), expiresAt: date(c.expiresAt) },
      ]),
    ),
  };
}
