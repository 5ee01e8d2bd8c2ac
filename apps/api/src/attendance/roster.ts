import type { AttendanceCounts, AttendanceRecord, RosterEntry } from '@multaqa/contract';
import type { EntityManager } from 'typeorm';
import { escapeLike } from '../common/sql.js';
import { normalizeName } from '../common/text.js';

/** Who is expected at a session: every approved registration of its event. */
const EXPECTED = `registrations r JOIN participants p ON p.id = r.participant_id`;
const EXPECTED_WHERE = `r.event_id = $1 AND r.status = 'approved'`;

export interface RecordRow {
  session_id: string;
  participant_id: string;
  status: AttendanceRecord['status'];
  method: AttendanceRecord['method'];
  taken_at: Date;
  taken_by_id: string | null;
  taken_by_name: string | null;
}

export const RECORD_COLUMNS = `a.session_id, a.participant_id, a.status, a.method, a.taken_at,
  a.taken_by_id, tb.full_name AS taken_by_name`;

export const toRecordDto = (row: RecordRow): AttendanceRecord => ({
  sessionId: row.session_id,
  participantId: row.participant_id,
  status: row.status,
  method: row.method,
  takenAt: new Date(row.taken_at).toISOString(),
  takenBy: row.taken_by_id ? { id: row.taken_by_id, fullName: row.taken_by_name ?? '' } : null,
});

interface EntryRow {
  registration_id: string;
  participant_id: string;
  full_name_ar: string;
  full_name_latin: string;
  nationality: string;
  institution_id: string | null;
  institution_name: Record<string, string> | null;
  institution_country: string | null;
  status: RecordRow['status'] | null;
  method: RecordRow['method'];
  taken_at: Date;
  taken_by_id: string | null;
  taken_by_name: string | null;
}

/**
 * The roster of a session: expected people with their record, by name. `q` matches either
 * script, with Arabic spelling variants (hamza forms, ta marbuta, alef maqsura) folded.
 */
export async function rosterEntries(
  manager: EntityManager,
  eventId: string,
  sessionId: string,
  q?: string,
): Promise<RosterEntry[]> {
  const params: unknown[] = [eventId, sessionId];
  let filter = '';
  if (q) {
    params.push(`%${escapeLike(q)}%`, `%${escapeLike(normalizeName(q))}%`);
    filter = `AND (p.full_name_ar ILIKE $3 OR p.full_name_latin ILIKE $3
                   OR p.name_key_ar LIKE $4 OR p.name_key_latin LIKE $4)`;
  }
  const rows: EntryRow[] = await manager.query(
    `SELECT r.id AS registration_id, p.id AS participant_id, p.full_name_ar, p.full_name_latin,
            p.nationality, i.id AS institution_id, i.name AS institution_name,
            i.country_code AS institution_country, a.status, a.method, a.taken_at, a.taken_by_id,
            tb.full_name AS taken_by_name
       FROM ${EXPECTED}
       LEFT JOIN institutions i ON i.id = p.institution_id
       LEFT JOIN attendance_records a ON a.session_id = $2 AND a.participant_id = p.id
       LEFT JOIN users tb ON tb.id = a.taken_by_id
      WHERE ${EXPECTED_WHERE} ${filter}
      ORDER BY coalesce(nullif(p.full_name_latin, ''), p.full_name_ar), p.id`,
    params,
  );
  return rows.map((row) => ({
    participantId: row.participant_id,
    registrationId: row.registration_id,
    fullNameAr: row.full_name_ar,
    fullNameLatin: row.full_name_latin,
    institution: row.institution_id
      ? {
          id: row.institution_id,
          name: row.institution_name ?? {},
          countryCode: row.institution_country ?? '',
        }
      : null,
    nationality: row.nationality,
    attendance: row.status
      ? toRecordDto({ ...row, session_id: sessionId, status: row.status })
      : null,
  }));
}

/** Live counts of a session (over everyone expected, whatever the search). */
export async function sessionCounts(
  manager: EntityManager,
  eventId: string,
  sessionId: string,
): Promise<AttendanceCounts> {
  const [row]: Record<keyof AttendanceCounts, number>[] = await manager.query(
    `SELECT count(*)::int AS expected,
            count(*) FILTER (WHERE a.status = 'present')::int AS present,
            count(*) FILTER (WHERE a.status = 'late')::int AS late,
            count(*) FILTER (WHERE a.status = 'excused')::int AS excused,
            count(*) FILTER (WHERE a.status = 'absent')::int AS absent,
            count(*) FILTER (WHERE a.status IS NULL)::int AS unmarked
       FROM ${EXPECTED}
       LEFT JOIN attendance_records a ON a.session_id = $2 AND a.participant_id = p.id
      WHERE ${EXPECTED_WHERE}`,
    [eventId, sessionId],
  );
  return row;
}

/** The records held for these people at this session, with who took them. */
export async function recordsOf(
  manager: EntityManager,
  keys: { sessionId: string; participantId: string }[],
): Promise<Map<string, RecordRow>> {
  if (keys.length === 0) return new Map();
  const rows: RecordRow[] = await manager.query(
    `SELECT ${RECORD_COLUMNS}
       FROM attendance_records a
       JOIN unnest($1::uuid[], $2::uuid[]) AS k(session_id, participant_id)
         ON k.session_id = a.session_id AND k.participant_id = a.participant_id
       LEFT JOIN users tb ON tb.id = a.taken_by_id`,
    [keys.map((k) => k.sessionId), keys.map((k) => k.participantId)],
  );
  return new Map(rows.map((r) => [recordKey(r.session_id, r.participant_id), r]));
}

export const recordKey = (sessionId: string, participantId: string) =>
  `${sessionId}:${participantId}`;
