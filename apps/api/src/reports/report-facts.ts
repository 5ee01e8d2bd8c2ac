import { DEFAULT_TRAINED_MIN_ATTENDANCE_PERCENT, HELD_EVENT_STATUSES } from '@multaqa/contract';
import type { DataSource } from 'typeorm';
import { attendanceWorthSql } from '../attendance/attendance-rates.js';

/** Events recomputed per transaction: short locks, and a first refresh that makes progress. */
const BATCH = 200;
/** Two report requests at once refresh one after the other, not the same events twice. */
const REFRESH_LOCK = 7_341_019;
/** Events recomputed in one refresh beyond which the planner statistics are renewed. */
const ANALYZE_AFTER = 500;

/**
 * One row per approved registration of the batch's held events. Institution, country and
 * gender come from the registration's snapshot at the decision (the participant's current
 * values only for a registration never decided, as the quotas do), so editing or merging a
 * person later does not rewrite past years. Attendance counts sessions ended before now, late
 * weighted by the event's rule exactly as the attendance module's rates do.
 */
const INSERT_REGISTRATION_FACTS = `
WITH RECURSIVE tree AS (
  SELECT id, id AS root, 0 AS depth FROM institutions WHERE parent_id IS NULL
  UNION ALL
  SELECT i.id, t.root, t.depth + 1 FROM institutions i JOIN tree t ON i.parent_id = t.id
   WHERE t.depth < 32
), held_sessions AS (
  SELECT event_id, count(*) AS held FROM event_sessions
   WHERE event_id = ANY($1::uuid[]) AND ends_at < now() GROUP BY event_id
), attended AS (
  SELECT a.event_id, a.participant_id, sum(${attendanceWorthSql('a.status', 'e.late_counts_as')}) AS attended
    FROM attendance_records a
    JOIN event_sessions s ON s.id = a.session_id AND s.ends_at < now()
    JOIN events e ON e.id = a.event_id
   WHERE a.event_id = ANY($1::uuid[])
   GROUP BY a.event_id, a.participant_id
), answers AS (
  SELECT registration_id,
         max(score_percent) FILTER (WHERE kind = 'pre_test') AS pre,
         max(score_percent) FILTER (WHERE kind = 'post_test') AS post,
         bool_or(passed) FILTER (WHERE kind = 'post_test') AS post_passed,
         max(rating_mean) FILTER (WHERE kind = 'survey') AS rating
    FROM evaluation_responses WHERE event_id = ANY($1::uuid[]) GROUP BY registration_id
), rows AS (
  SELECT r.id, r.event_id, r.participant_id, e.start_date, e.kind, e.country_code AS event_country,
         tp.lineage_id,
         coalesce(CASE WHEN r.decided_at IS NULL THEN NULL ELSE r.decided_country_code END, p.nationality) AS country,
         CASE WHEN r.decided_at IS NULL THEN p.institution_id ELSE r.decided_institution_id END AS institution,
         CASE WHEN r.decided_at IS NULL THEN p.gender ELSE r.decided_gender END AS gender,
         coalesce(hs.held, 0) AS held, coalesce(at.attended, 0) AS attended,
         coalesce(rule.min_attendance_percent, $2) AS minimum
    FROM registrations r
    JOIN events e ON e.id = r.event_id
    JOIN participants p ON p.id = r.participant_id
    LEFT JOIN training_packages tp ON tp.id = e.package_id
    LEFT JOIN event_certificate_rules rule ON rule.event_id = e.id
    LEFT JOIN held_sessions hs ON hs.event_id = r.event_id
    LEFT JOIN attended at ON at.event_id = r.event_id AND at.participant_id = r.participant_id
   WHERE r.event_id = ANY($1::uuid[]) AND r.status = 'approved' AND e.status = ANY($3::event_status[])
)
INSERT INTO report_registration_facts
  (registration_id, event_id, participant_id, year, event_kind, event_country_code,
   package_lineage_id, country_code, institution_id, top_institution_id, gender, sessions_held,
   sessions_attended, attendance_rate, trained, certificate_valid, pre_percent, post_percent,
   post_passed, rating_mean)
SELECT x.id, x.event_id, x.participant_id, extract(year FROM x.start_date), x.kind, x.event_country,
       x.lineage_id, x.country, x.institution, tree.root, x.gender, x.held, x.attended,
       CASE WHEN x.held > 0 THEN 100 * x.attended / x.held END,
       x.kind = 'training' AND x.held > 0 AND x.attended * 100 >= x.minimum * x.held,
       valid.registration_id IS NOT NULL,
       ans.pre, ans.post, ans.post_passed, ans.rating
  FROM rows x
  LEFT JOIN tree ON tree.id = x.institution
  LEFT JOIN answers ans ON ans.registration_id = x.id
  -- By the batch's events (indexed), not a probe per registration into every certificate.
  LEFT JOIN (SELECT registration_id FROM certificates
              WHERE event_id = ANY($1::uuid[]) AND status = 'valid') valid
    ON valid.registration_id = x.id`;

/** One row per held event of the batch, from its registrations' facts just written. */
const INSERT_EVENT_FACTS = `
INSERT INTO report_event_facts
  (event_id, year, start_date, kind, country_code, package_lineage_id, participants, trained,
   attendance_rate, certificates, knowledge_gain, satisfaction, next_session_end, computed_at)
SELECT e.id, extract(year FROM e.start_date), e.start_date, e.kind, e.country_code, tp.lineage_id,
       coalesce(f.participants, 0), coalesce(f.trained, 0), f.attendance_rate,
       coalesce(f.certificates, 0), f.knowledge_gain, f.satisfaction,
       (SELECT min(s.ends_at) FROM event_sessions s WHERE s.event_id = e.id AND s.ends_at >= now()),
       now()
  FROM events e
  LEFT JOIN training_packages tp ON tp.id = e.package_id
  LEFT JOIN (
    SELECT event_id, count(*) AS participants, count(*) FILTER (WHERE trained) AS trained,
           avg(attendance_rate) AS attendance_rate,
           count(*) FILTER (WHERE certificate_valid) AS certificates,
           avg(post_percent - pre_percent) AS knowledge_gain, avg(rating_mean) AS satisfaction
      FROM report_registration_facts WHERE event_id = ANY($1::uuid[]) GROUP BY event_id
  ) f ON f.event_id = e.id
 WHERE e.id = ANY($1::uuid[]) AND e.status = ANY($2::event_status[])`;

/**
 * The generation of the figures (any change to what a report shows bumps it), and whether a
 * refresh is due: events marked stale, or an event whose next session has ended since.
 */
export async function reportState(db: DataSource): Promise<{ generation: string; due: boolean }> {
  const [row]: { generation: string; due: boolean }[] = await db.query(
    `SELECT generation::text AS generation,
            EXISTS (SELECT 1 FROM report_stale_events)
              OR EXISTS (SELECT 1 FROM report_event_facts WHERE next_session_end <= now()) AS due
       FROM report_state WHERE id = 1`,
  );
  return row;
}

/**
 * Brings the facts up to date: every event marked stale by the triggers, and every event whose
 * next session has ended since it was computed, batch by batch, each in its own transaction.
 * Returns the number of events recomputed.
 */
export async function refreshReportFacts(db: DataSource): Promise<number> {
  await db.query(`INSERT INTO report_stale_events (event_id)
    SELECT event_id FROM report_event_facts WHERE next_session_end <= now()
    ON CONFLICT (event_id) DO NOTHING`);
  let done = 0;
  for (;;) {
    const count = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [REFRESH_LOCK]);
      const picked: { event_id: string }[] = await tx.query(
        // As a SELECT: TypeORM answers a bare DELETE … RETURNING with [rows, count].
        `WITH picked AS (
           DELETE FROM report_stale_events WHERE event_id IN (
             SELECT event_id FROM report_stale_events ORDER BY event_id LIMIT $1
                FOR UPDATE SKIP LOCKED)
           RETURNING event_id)
         SELECT event_id FROM picked`,
        [BATCH],
      );
      if (picked.length === 0) return 0;
      const ids = picked.map((p) => p.event_id);
      await tx.query('DELETE FROM report_registration_facts WHERE event_id = ANY($1::uuid[])', [
        ids,
      ]);
      await tx.query('DELETE FROM report_event_facts WHERE event_id = ANY($1::uuid[])', [ids]);
      await tx.query(INSERT_REGISTRATION_FACTS, [
        ids,
        DEFAULT_TRAINED_MIN_ATTENDANCE_PERCENT,
        HELD_EVENT_STATUSES,
      ]);
      await tx.query(INSERT_EVENT_FACTS, [ids, HELD_EVENT_STATUSES]);
      await tx.query('UPDATE report_state SET generation = generation + 1 WHERE id = 1');
      return ids.length;
    });
    done += count;
    if (count < BATCH) break;
  }
  // A large refresh (the first one, or after a restructuring) changes the tables' shape more
  // than autovacuum notices at once: fresh statistics keep the report queries' plans right.
  if (done >= ANALYZE_AFTER) {
    await db.query('ANALYZE report_registration_facts');
    await db.query('ANALYZE report_event_facts');
  }
  return done;
}
