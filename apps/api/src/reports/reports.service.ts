import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  Language,
  ReportDashboard,
  ReportEventRow,
  ReportEventsQuery,
  ReportFilters,
} from '@multaqa/contract';
import type { DataSource } from 'typeorm';
import type { SessionUser } from '../common/auth/current-user.js';
import { escapeLike, localizedSortKey } from '../common/sql.js';
import { visibleEventsWhere } from '../common/access/events.js';
import { hasRole } from '../common/auth/current-user.js';
import { refreshReportFacts, reportState } from './report-facts.js';
import { hasPersonFilter, namedQuery, reportScope } from './report-scope.js';
import { reportSummary } from './report-summary.js';

/** Percentages to one decimal, means to two: what a year-end report prints. */
const pct = (expr: string) => `round((${expr})::numeric, 1)`;
const mean = (expr: string) => `round((${expr})::numeric, 2)`;
const officials = 'count(DISTINCT participant_id) FILTER (WHERE trained)';

const DASHBOARD = `
, totals AS (
  SELECT json_build_object(
    'eventsHeld', (SELECT count(*) FROM evs),
    'conferencesHeld', (SELECT count(*) FROM evs WHERE kind = 'conference'),
    'trainingsHeld', (SELECT count(*) FROM evs WHERE kind = 'training'),
    'hostCountries', (SELECT count(DISTINCT country_code) FROM evs),
    'officialsTrained', ${officials},
    'placesTrained', count(*) FILTER (WHERE trained),
    'countries', count(DISTINCT country_code) FILTER (WHERE trained),
    'institutions', count(DISTINCT top_institution_id) FILTER (WHERE trained),
    'participants', count(*),
    'attendanceRatePercent', ${pct('avg(attendance_rate)')},
    'certificatesIssued', count(*) FILTER (WHERE certificate_valid),
    'knowledgeGainPoints', ${pct('avg(post_percent - pre_percent)')},
    'postTestPassRatePercent',
      ${pct('100 * avg(CASE WHEN post_passed THEN 1 ELSE 0 END) FILTER (WHERE post_passed IS NOT NULL)')},
    'satisfactionMean', ${mean('avg(rating_mean)')}) AS v
  FROM f
), by_year AS (
  SELECT coalesce(json_agg(json_build_object(
    'year', y.year, 'eventsHeld', y.events, 'officialsTrained', coalesce(a.officials, 0),
    'certificatesIssued', coalesce(a.certificates, 0), 'attendanceRatePercent', a.rate)
    ORDER BY y.year), '[]') AS v
  FROM (SELECT year, count(*) AS events FROM evs GROUP BY year) y
  LEFT JOIN (SELECT year, ${officials} AS officials,
                    count(*) FILTER (WHERE certificate_valid) AS certificates,
                    ${pct('avg(attendance_rate)')} AS rate
               FROM f GROUP BY year) a ON a.year = y.year
), by_country AS (
  SELECT coalesce(json_agg(json_build_object(
    'countryCode', country_code, 'officialsTrained', officials, 'participants', participants)
    ORDER BY officials DESC, participants DESC, country_code), '[]') AS v
  FROM (SELECT country_code, ${officials} AS officials, count(*) AS participants
          FROM f GROUP BY country_code) c
), by_institution AS (
  SELECT coalesce(json_agg(json_build_object(
    'institutionId', a.top_institution_id, 'name', i.name, 'countryCode', i.country_code,
    'officialsTrained', a.officials, 'participants', a.participants,
    'certificatesIssued', a.certificates)
    ORDER BY a.officials DESC, a.participants DESC, i.name->>'en'), '[]') AS v
  FROM (SELECT top_institution_id, ${officials} AS officials, count(*) AS participants,
               count(*) FILTER (WHERE certificate_valid) AS certificates
          FROM f GROUP BY top_institution_id) a
  LEFT JOIN institutions i ON i.id = a.top_institution_id
), by_gender AS (
  SELECT coalesce(json_agg(json_build_object('gender', gender, 'officialsTrained', officials)
    ORDER BY gender), '[]') AS v
  FROM (SELECT gender, ${officials} AS officials FROM f GROUP BY gender) g
), by_package AS (
  SELECT coalesce(json_agg(json_build_object(
    'lineageId', d.package_lineage_id, 'title', t.title, 'deliveries', d.deliveries,
    'officialsTrained', coalesce(a.officials, 0), 'knowledgeGainPoints', a.gain,
    'satisfactionMean', a.satisfaction)
    ORDER BY coalesce(a.officials, 0) DESC, d.deliveries DESC, t.title->>'en'), '[]') AS v
  FROM (SELECT package_lineage_id, count(*) AS deliveries FROM evs
         WHERE package_lineage_id IS NOT NULL GROUP BY package_lineage_id) d
  JOIN LATERAL (SELECT title FROM training_packages tp WHERE tp.lineage_id = d.package_lineage_id
                 ORDER BY tp.version DESC LIMIT 1) t ON true
  LEFT JOIN (SELECT package_lineage_id, ${officials} AS officials,
                    ${pct('avg(post_percent - pre_percent)')} AS gain,
                    ${mean('avg(rating_mean)')} AS satisfaction
               FROM f GROUP BY package_lineage_id) a
    ON a.package_lineage_id = d.package_lineage_id
)
SELECT totals.v AS totals, by_year.v AS by_year, by_country.v AS by_country,
       by_institution.v AS by_institution, by_gender.v AS by_gender, by_package.v AS by_package
  FROM totals, by_year, by_country, by_institution, by_gender, by_package`;

const EVENT_SORTS: Record<ReportEventsQuery['sort'], (lang: Language) => string> = {
  startDate: () => 'start_date',
  title: (lang) => localizedSortKey('title', lang),
  participants: () => 'participants',
  trained: () => 'officials_trained',
  attendance: () => 'attendance_rate',
};

type Figures = Omit<ReportDashboard, 'filters' | 'summary' | 'refreshedAt'>;
type EventsPage = { items: ReportEventRow[]; total: number; page: number; pageSize: number };

/**
 * Answers kept per generation of the figures (report_state: every refresh that recomputed an
 * event, and every change of coordinators, institution names or package titles, bumps it): a
 * dashboard is read far more often than held events change, and an answer over 100,000 people
 * costs more than the check that it is still right.
 */
const KEPT_ANSWERS = 256;

/** Who sees what: every admin sees the same figures, each coordinator their own. */
const scopeKey = (user: SessionUser) => (hasRole(user, 'admin') ? 'admin' : `user:${user.id}`);

@Injectable()
export class ReportsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  private readonly answers = new Map<string, { generation: string; value: unknown }>();

  /**
   * Brings the facts up to date when a write or a session's end made them stale; returns the
   * generation the answers now belong to, and when that was checked.
   */
  async current(): Promise<{ generation: string; at: Date }> {
    let state = await reportState(this.db);
    if (state.due) {
      await refreshReportFacts(this.db);
      state = await reportState(this.db);
    }
    return { generation: state.generation, at: new Date() };
  }

  private async kept<T>(key: string, generation: string, compute: () => Promise<T>): Promise<T> {
    const hit = this.answers.get(key);
    if (hit?.generation === generation) {
      // Most recently used last: the first key is the one to forget.
      this.answers.delete(key);
      this.answers.set(key, hit);
      return hit.value as T;
    }
    const value = await compute();
    this.answers.set(key, { generation, value });
    if (this.answers.size > KEPT_ANSWERS) this.answers.delete(this.answers.keys().next().value!);
    return value;
  }

  async dashboard(
    filters: ReportFilters,
    user: SessionUser,
    lang: Language,
  ): Promise<ReportDashboard> {
    const { generation, at } = await this.current();
    const figures = await this.kept(
      JSON.stringify(['dashboard', scopeKey(user), filters]),
      generation,
      () => this.figures(filters, user),
    );
    return {
      filters,
      ...figures,
      summary: reportSummary(figures, lang),
      refreshedAt: at.toISOString(),
    };
  }

  private async figures(filters: ReportFilters, user: SessionUser): Promise<Figures> {
    const scope = reportScope(filters, user);
    const [[row], years] = await Promise.all([
      namedQuery<{
        totals: Figures['totals'];
        by_year: Figures['byYear'];
        by_country: Figures['byCountry'];
        by_institution: Figures['byInstitution'];
        by_gender: Figures['byGender'];
        by_package: Figures['byPackage'];
      }>(this.db, scope.with + DASHBOARD, scope.params, { sorts: true }),
      this.years(user),
    ]);
    return {
      years,
      totals: row.totals,
      byYear: row.by_year,
      byCountry: row.by_country,
      byInstitution: row.by_institution,
      byGender: row.by_gender,
      byPackage: row.by_package,
    };
  }

  /** Years with held events the caller may see, newest first (the filter's choices). */
  private async years(user: SessionUser): Promise<number[]> {
    const visible = visibleEventsWhere('e', user);
    const rows = await namedQuery<{ year: number }>(
      this.db,
      `SELECT DISTINCT ef.year FROM report_event_facts ef JOIN events e ON e.id = ef.event_id
        WHERE ${visible?.sql ?? 'true'} ORDER BY ef.year DESC`,
      visible?.params ?? {},
    );
    return rows.map((r) => r.year);
  }

  /** The dashboard and every event row, for the year-end files. */
  async yearEnd(filters: ReportFilters, user: SessionUser, lang: Language) {
    const dashboard = await this.dashboard(filters, user, lang);
    const { items } = await this.events(
      { ...filters, sort: 'startDate', order: 'asc', page: 1, pageSize: 100 },
      user,
      lang,
      { all: true },
    );
    return { dashboard, events: items };
  }

  async events(
    query: ReportEventsQuery,
    user: SessionUser,
    lang: Language,
    options: { all?: boolean } = {},
  ): Promise<EventsPage> {
    const { generation } = await this.current();
    return this.kept(
      JSON.stringify(['events', scopeKey(user), query, lang, options.all ?? false]),
      generation,
      () => this.eventsPage(query, user, lang, options),
    );
  }

  private async eventsPage(
    query: ReportEventsQuery,
    user: SessionUser,
    lang: Language,
    options: { all?: boolean },
  ): Promise<EventsPage> {
    const { search, sort, order, page, pageSize, ...filters } = query;
    const scope = reportScope(filters, user);
    const params: Record<string, unknown> = { ...scope.params };
    // With a person filter, an event's figures are those of the matching people only.
    const figures = hasPersonFilter(filters)
      ? `LEFT JOIN (SELECT event_id, count(*) AS participants,
                           count(*) FILTER (WHERE trained) AS trained,
                           avg(attendance_rate) AS attendance_rate,
                           count(*) FILTER (WHERE certificate_valid) AS certificates,
                           avg(post_percent - pre_percent) AS knowledge_gain,
                           avg(rating_mean) AS satisfaction
                      FROM f GROUP BY event_id) a ON a.event_id = evs.event_id`
      : 'CROSS JOIN LATERAL (SELECT evs.participants, evs.trained, evs.attendance_rate, evs.certificates, evs.knowledge_gain, evs.satisfaction) a';
    let where = 'true';
    if (search) {
      params.search = `%${escapeLike(search)}%`;
      where = 'EXISTS (SELECT 1 FROM jsonb_each_text(e.title) t WHERE t.value ILIKE :search)';
    }
    const direction = order === 'asc' ? 'ASC' : 'DESC';
    const limit = options.all ? '' : `LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`;
    const [row] = await namedQuery<{ total: number; items: ReportEventRow[] | null }>(
      this.db,
      `${scope.with}, rows AS (
         SELECT evs.event_id, e.title, evs.kind, evs.start_date, evs.country_code,
                coalesce(a.participants, 0) AS participants,
                coalesce(a.trained, 0) AS officials_trained,
                a.attendance_rate, coalesce(a.certificates, 0) AS certificates,
                a.knowledge_gain, a.satisfaction
           FROM evs JOIN events e ON e.id = evs.event_id ${figures}
          WHERE ${where}
       ), page AS (
         SELECT * FROM rows
          ORDER BY ${EVENT_SORTS[sort](lang)} ${direction} NULLS LAST, event_id ${limit}
       )
       SELECT (SELECT count(*) FROM rows)::int AS total,
              (SELECT json_agg(json_build_object(
                 'eventId', event_id, 'title', title, 'kind', kind,
                 'startDate', to_char(start_date, 'YYYY-MM-DD'), 'countryCode', country_code,
                 'participants', participants, 'officialsTrained', officials_trained,
                 'attendanceRatePercent', ${pct('attendance_rate')},
                 'certificatesIssued', certificates,
                 'knowledgeGainPoints', ${pct('knowledge_gain')},
                 'satisfactionMean', ${mean('satisfaction')})
                 ORDER BY ${EVENT_SORTS[sort](lang)} ${direction} NULLS LAST, event_id)
                 FROM page) AS items`,
      params,
      { sorts: hasPersonFilter(filters) },
    );
    return { items: row.items ?? [], total: row.total, page, pageSize };
  }
}
