import type { ReportFilters } from '@multaqa/contract';
import type { DataSource } from 'typeorm';
import { visibleEventsWhere } from '../common/access/events.js';
import type { SessionUser } from '../common/auth/current-user.js';

/**
 * The facts a caller may see under the filters, as the common head of every report query:
 * `ev` the held events (access and event filters: year, kind, package), `f` their
 * registrations' facts (plus the person filters: country, institution or below it, gender)
 * and `evs` the events in scope: with a person filter, only those where such a person came.
 */
export interface ReportScope {
  /** `WITH RECURSIVE …` defining ev, f and evs; continue with `, name AS (…)` or a SELECT. */
  with: string;
  params: Record<string, unknown>;
}

const PERSON_FILTERS = ['countryCode', 'institutionId', 'gender'] as const;

export const hasPersonFilter = (filters: ReportFilters) =>
  PERSON_FILTERS.some((k) => filters[k] !== undefined);

export function reportScope(filters: ReportFilters, user: SessionUser): ReportScope {
  const params: Record<string, unknown> = {};
  const eventWhere: string[] = [];
  const visible = visibleEventsWhere('e', user);
  if (visible) {
    eventWhere.push(visible.sql);
    Object.assign(params, visible.params);
  }
  const add = (key: keyof ReportFilters, sql: string) => {
    if (filters[key] === undefined) return;
    params[key] = filters[key];
    eventWhere.push(sql);
  };
  add('yearFrom', 'ef.year >= :yearFrom');
  add('yearTo', 'ef.year <= :yearTo');
  add('eventKind', 'ef.kind = :eventKind');
  add('packageLineageId', 'ef.package_lineage_id = :packageLineageId');
  const personWhere: string[] = [];
  if (filters.countryCode) {
    params.countryCode = filters.countryCode;
    personWhere.push('rf.country_code = :countryCode');
  }
  if (filters.gender) {
    params.gender = filters.gender;
    personWhere.push('rf.gender = :gender');
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
    personWhere.push('rf.institution_id IN (SELECT id FROM inst)');
  }
  const where = (parts: string[]) => (parts.length ? parts.join(' AND ') : 'true');
  const person = personWhere.length > 0;
  return {
    params,
    with: `WITH RECURSIVE ${institutions}ev AS MATERIALIZED (
      SELECT ef.* FROM report_event_facts ef JOIN events e ON e.id = ef.event_id
       WHERE ${where(eventWhere)}
    ), f AS MATERIALIZED (
      SELECT rf.* FROM report_registration_facts rf
       WHERE rf.event_id IN (SELECT event_id FROM ev) AND ${where(personWhere)}
    ), evs AS (
      SELECT * FROM ev ${person ? 'WHERE event_id IN (SELECT event_id FROM f)' : ''}
    )`,
  };
}

/** Runs SQL written with :named parameters (the access layer's style) on the pg driver. */
export function namedQuery<T>(
  db: DataSource,
  sql: string,
  params: Record<string, unknown>,
): Promise<T[]> {
  const [query, values] = db.driver.escapeQueryWithParameters(sql, params);
  return db.query(query, values);
}
