import type { ReportFilters } from '@multaqa/contract';
import type { DataSource } from 'typeorm';
import { visibleEventsWhere } from '../common/access/events.js';
import type { SessionUser } from '../common/auth/current-user.js';

/**
 * The facts a caller may see under the filters, as the common head of every report query:
 * `ev` the held events (access and event filters: year, kind, package), `f` the facts of
 * their approved registrations (plus the person filters: country, institution or below it,
 * gender) and `evs` the events in scope: with a person filter, only those such a person came to.
 */
export interface ReportScope {
  /** `WITH RECURSIVE …` defining ev, f and evs; continue with `, name AS (…)` or a SELECT. */
  with: string;
  params: Record<string, unknown>;
}

const PERSON_FILTERS = ['countryCode', 'institutionId', 'gender'] as const;

export const hasPersonFilter = (filters: ReportFilters) =>
  PERSON_FILTERS.some((k) => filters[k] !== undefined);

/** The facts columns the report queries read (a narrow CTE stays in memory). */
const FACT_COLUMNS = [
  'event_id',
  'participant_id',
  'year',
  'country_code',
  'top_institution_id',
  'gender',
  'package_lineage_id',
  'attendance_rate',
  'trained',
  'certificate_valid',
  'pre_percent',
  'post_percent',
  'post_passed',
  'rating_mean',
];

export function reportScope(filters: ReportFilters, user: SessionUser): ReportScope {
  const params: Record<string, unknown> = {};
  // Both tables carry the event's year, kind and package, so neither needs the other to filter.
  const eventWhere: string[] = [];
  const factWhere: string[] = [];
  const visible = (alias: string) => {
    const v = visibleEventsWhere(alias, user);
    if (!v) return [];
    Object.assign(params, v.params);
    return [v.sql];
  };
  const both = (key: keyof ReportFilters, event: string, fact: string) => {
    if (filters[key] === undefined) return;
    params[key] = filters[key];
    eventWhere.push(event);
    factWhere.push(fact);
  };
  both('yearFrom', 'ef.year >= :yearFrom', 'rf.year >= :yearFrom');
  both('yearTo', 'ef.year <= :yearTo', 'rf.year <= :yearTo');
  both('eventKind', 'ef.kind = :eventKind', 'rf.event_kind = :eventKind');
  both(
    'packageLineageId',
    'ef.package_lineage_id = :packageLineageId',
    'rf.package_lineage_id = :packageLineageId',
  );
  if (filters.countryCode) {
    params.countryCode = filters.countryCode;
    factWhere.push('rf.country_code = :countryCode');
  }
  if (filters.gender) {
    params.gender = filters.gender;
    factWhere.push('rf.gender = :gender');
  }
  let institutions = '';
  if (filters.institutionId) {
    params.institutionId = filters.institutionId;
    institutions = `inst AS (
      SELECT id, 0 AS depth FROM institutions WHERE id = :institutionId
      UNION ALL
      SELECT i.id, inst.depth + 1 FROM institutions i JOIN inst ON i.parent_id = inst.id
       WHERE inst.depth < 32
    ), `;
    factWhere.push('rf.institution_id IN (SELECT id FROM inst)');
  }
  const where = (parts: string[]) => (parts.length ? parts.join(' AND ') : 'true');
  // The access rule reads `<alias>.id`: each table's event id under that name.
  return {
    params,
    with: `WITH RECURSIVE ${institutions}ev AS MATERIALIZED (
      SELECT ef.* FROM report_event_facts ef CROSS JOIN LATERAL (SELECT ef.event_id AS id) e
       WHERE ${where([...visible('e'), ...eventWhere])}
    ), f AS MATERIALIZED (
      SELECT ${FACT_COLUMNS.map((c) => `rf.${c}`).join(', ')}
        FROM report_registration_facts rf CROSS JOIN LATERAL (SELECT rf.event_id AS id) e
       WHERE ${where([...visible('e'), ...factWhere])}
    ), evs AS (
      SELECT * FROM ev ${hasPersonFilter(filters) ? 'WHERE event_id IN (SELECT event_id FROM f)' : ''}
    )`,
  };
}

/**
 * Memory for the sorts and hashes of one report query over every registration of the year
 * (the server's default spills them to disk); SET LOCAL, so only that transaction gets it.
 */
const REPORT_WORK_MEM = '32MB';

/** Runs SQL written with :named parameters (the access layer's style) on the pg driver. */
export function namedQuery<T>(
  db: DataSource,
  sql: string,
  params: Record<string, unknown>,
  options: { sorts?: boolean } = {},
): Promise<T[]> {
  const [query, values] = db.driver.escapeQueryWithParameters(sql, params);
  if (!options.sorts) return db.query(query, values);
  return db.transaction(async (tx) => {
    await tx.query(`SET LOCAL work_mem = '${REPORT_WORK_MEM}'`);
    return tx.query(query, values);
  });
}
