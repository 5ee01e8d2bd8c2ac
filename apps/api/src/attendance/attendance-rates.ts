import type {
  AttendanceCounts,
  AttendanceRates,
  AttendanceStatus,
  LateRule,
} from '@multaqa/contract';
import type { EntityManager } from 'typeorm';
import type { EventEntity } from '../events/entities/event.entity.js';
import { readAll } from '../database/reads.js';

/** What one record is worth towards the rate; late follows the event's rule. */
const LATE_WEIGHT: Record<LateRule, number> = { present: 1, half: 0.5, absent: 0 };
const worth = (status: AttendanceStatus | undefined, rule: LateRule) =>
  status === 'present' ? 1 : status === 'late' ? LATE_WEIGHT[rule] : 0;

/**
 * The same weighting as SQL, for the reports' pre-computed facts: written from LATE_WEIGHT so
 * the two can never disagree. `status` is an attendance_status, `rule` a late_rule expression.
 */
export function attendanceWorthSql(status: string, rule: string): string {
  const late = Object.entries(LATE_WEIGHT)
    .map(([r, w]) => `WHEN '${r}' THEN ${w}`)
    .join(' ');
  return `(CASE ${status} WHEN 'present' THEN 1 WHEN 'late' THEN (CASE ${rule} ${late} END) ELSE 0 END)`;
}

const ratio = (attended: number, held: number) => (held > 0 ? attended / held : null);

/**
 * Rates over the sessions held (ended before now): per participant (sessions attended of
 * sessions held), per session and for the event. Only approved registrations count; excused
 * is not attended (the certificate rule may choose otherwise when it reads the counts).
 */
export async function attendanceRates(
  manager: EntityManager,
  event: EventEntity,
  sessionIds: string[] | null,
  now = new Date(),
): Promise<AttendanceRates> {
  const rule = event.lateCountsAs;
  const [sessions, people, records] = await readAll(manager, [
    () =>
      manager.query(
        `SELECT id, title, starts_at, ends_at FROM event_sessions
        WHERE event_id = $1 AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[])) ORDER BY starts_at, id`,
        [event.id, sessionIds],
      ) as Promise<{ id: string; title: Record<string, string>; starts_at: Date; ends_at: Date }[]>,
    () =>
      manager.query(
        `SELECT p.id, p.full_name_ar, p.full_name_latin, i.id AS institution_id, i.name AS institution_name,
              i.country_code AS institution_country
         FROM registrations r JOIN participants p ON p.id = r.participant_id
         LEFT JOIN institutions i ON i.id = p.institution_id
        WHERE r.event_id = $1 AND r.status = 'approved'
        ORDER BY coalesce(nullif(p.full_name_latin, ''), p.full_name_ar), p.id`,
        [event.id],
      ) as Promise<
        {
          id: string;
          full_name_ar: string;
          full_name_latin: string;
          institution_id: string | null;
          institution_name: Record<string, string> | null;
          institution_country: string | null;
        }[]
      >,
    () =>
      manager.query(
        `SELECT a.session_id, a.participant_id, a.status FROM attendance_records a
         JOIN registrations r ON r.event_id = a.event_id AND r.participant_id = a.participant_id
        WHERE a.event_id = $1 AND r.status = 'approved'`,
        [event.id],
      ) as Promise<{ session_id: string; participant_id: string; status: AttendanceStatus }[]>,
  ]);
  const status = new Map(records.map((r) => [`${r.session_id}:${r.participant_id}`, r.status]));
  const held = sessions.filter((s) => s.ends_at.getTime() < now.getTime());
  const sessionRows = sessions.map((s) => {
    const counts: AttendanceCounts = {
      expected: people.length,
      present: 0,
      late: 0,
      excused: 0,
      absent: 0,
      unmarked: 0,
    };
    let attended = 0;
    for (const p of people) {
      const st = status.get(`${s.id}:${p.id}`);
      if (st) counts[st] += 1;
      else counts.unmarked += 1;
      attended += worth(st, rule);
    }
    const isHeld = s.ends_at.getTime() < now.getTime();
    return {
      sessionId: s.id,
      title: s.title,
      startsAt: s.starts_at.toISOString(),
      held: isHeld,
      counts,
      rate: isHeld ? ratio(attended, people.length) : null,
    };
  });
  let eventAttended = 0;
  const participants = people.map((p) => {
    const attended = held.reduce((sum, s) => sum + worth(status.get(`${s.id}:${p.id}`), rule), 0);
    eventAttended += attended;
    return {
      participantId: p.id,
      fullNameAr: p.full_name_ar,
      fullNameLatin: p.full_name_latin,
      institution: p.institution_id
        ? {
            id: p.institution_id,
            name: p.institution_name ?? {},
            countryCode: p.institution_country ?? '',
          }
        : null,
      rate: { held: held.length, attended, rate: ratio(attended, held.length) },
    };
  });
  // The event: sessions held, and sessions attended by the average participant.
  const perPerson = people.length ? eventAttended / people.length : 0;
  return {
    lateCountsAs: rule,
    event: { held: held.length, attended: perPerson, rate: ratio(perPerson, held.length) },
    sessions: sessionRows,
    participants,
  };
}
