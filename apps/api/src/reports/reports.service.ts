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
import { type Descriptions, dashboardFigures } from './facts-dashboard.js';
import { eventFigures, type EventFigures } from './facts-events.js';
import { FactsMemory } from './facts-memory.js';
import { factScope } from './facts-scope.js';
import { refreshReportFacts, reportState } from './report-facts.js';
import { reportSummary } from './report-summary.js';

/** The events page's order: SQL for titles (the database's collation), JS figures otherwise. */
const EVENT_SORTS: Record<ReportEventsQuery['sort'], (lang: Language) => string> = {
  startDate: () => 'start_date',
  title: (lang) => localizedSortKey('title', lang),
  participants: () => 'k',
  trained: () => 'k',
  attendance: () => 'k',
};
const SORT_VALUES: Record<ReportEventsQuery['sort'], (f: EventFigures) => number | null> = {
  startDate: () => null,
  title: () => null,
  participants: (f) => f.row.participants,
  trained: (f) => f.row.officialsTrained,
  attendance: (f) => f.attendanceSort,
};

type EventsPage = { items: ReportEventRow[]; total: number; page: number; pageSize: number };

/**
 * Every answer is computed from the facts held in memory (FactsMemory), never kept: after a
 * write the next request shows it, and a dashboard over 100,000 people is one pass over typed
 * arrays, which costs less than the SQL that would compute it.
 */
@Injectable()
export class ReportsService {
  private readonly memory = new FactsMemory();

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Brings the facts up to date when a write or a session's end made them stale, then the
   * memory level with them; returns when that was.
   */
  private async current(): Promise<Date> {
    if ((await reportState(this.db)).due) await refreshReportFacts(this.db);
    await this.memory.sync(this.db);
    return new Date();
  }

  async dashboard(
    filters: ReportFilters,
    user: SessionUser,
    lang: Language,
  ): Promise<ReportDashboard> {
    return this.dashboardAt(await this.current(), filters, user, lang);
  }

  /** The dashboard from the facts as they stood at `at` (brought up to date by the caller). */
  private async dashboardAt(
    at: Date,
    filters: ReportFilters,
    user: SessionUser,
    lang: Language,
  ): Promise<ReportDashboard> {
    const { selection, visible } = await factScope(this.db, this.memory, filters, user);
    const figures = await dashboardFigures(this.memory, selection, (institutions, lineages) =>
      this.describe(institutions, lineages),
    );
    return {
      filters,
      // Years with held events the caller may see, newest first (the filter's choices).
      years: [...new Set(visible.map((e) => e.year))].sort((a, b) => b - a),
      ...figures,
      summary: reportSummary(figures, lang),
      refreshedAt: at.toISOString(),
    };
  }

  /** Names and countries of top institutions, latest titles of packages, ranked as SQL sorts them. */
  private async describe(institutions: number[], lineages: number[]): Promise<Descriptions> {
    const ids = (codes: number[], values: (string | null)[]) => codes.map((c) => values[c]);
    const [names, titles]: [
      { id: string; name: Record<string, string>; country_code: string }[],
      { lineage_id: string; title: Record<string, string> }[],
    ] = await Promise.all([
      this.db.query(
        `SELECT id, name, country_code FROM institutions WHERE id = ANY($1::uuid[])
          ORDER BY name->>'en'`,
        [ids(institutions, this.memory.institutions.values)],
      ),
      this.db.query(
        `SELECT lineage_id, title FROM (
           SELECT DISTINCT ON (lineage_id) lineage_id, title FROM training_packages
            WHERE lineage_id = ANY($1::uuid[]) ORDER BY lineage_id, version DESC) t
          ORDER BY title->>'en'`,
        [ids(lineages, this.memory.lineages.values)],
      ),
    ]);
    return {
      institutions: new Map(
        names.map((r, rank) => [
          this.memory.institutions.find(r.id),
          { name: r.name, countryCode: r.country_code, rank },
        ]),
      ),
      packages: new Map(
        titles.map((r, rank) => [
          this.memory.lineages.find(r.lineage_id),
          { title: r.title, rank },
        ]),
      ),
    };
  }

  /** The dashboard and every event row, for the year-end files: one refresh for both. */
  async yearEnd(filters: ReportFilters, user: SessionUser, lang: Language) {
    const dashboard = await this.dashboardAt(await this.current(), filters, user, lang);
    const { items } = await this.eventsPage(
      { ...filters, sort: 'startDate', order: 'asc', page: 1, pageSize: 100 },
      user,
      lang,
      { all: true },
    );
    return { dashboard, events: items };
  }

  async events(query: ReportEventsQuery, user: SessionUser, lang: Language): Promise<EventsPage> {
    await this.current();
    return this.eventsPage(query, user, lang);
  }

  /** The events page from the facts as they stand (brought up to date by the caller). */
  private async eventsPage(
    query: ReportEventsQuery,
    user: SessionUser,
    lang: Language,
    options: { all?: boolean } = {},
  ): Promise<EventsPage> {
    const { search, sort, order, page, pageSize, ...filters } = query;
    const { selection } = await factScope(this.db, this.memory, filters, user);
    const figures = eventFigures(selection, this.memory.countries);
    const byId = new Map(figures.map((f) => [f.row.eventId, f.row]));
    const params: unknown[] = [
      figures.map((f) => f.row.eventId),
      figures.map((f) => f.row.startDate),
      figures.map(SORT_VALUES[sort]),
    ];
    let where = 'true';
    if (search) {
      params.push(`%${escapeLike(search)}%`);
      where = 'EXISTS (SELECT 1 FROM jsonb_each_text(e.title) t WHERE t.value ILIKE $4)';
    }
    const orderBy = `${EVENT_SORTS[sort](lang)} ${order === 'asc' ? 'ASC' : 'DESC'} NULLS LAST, event_id`;
    const limit = options.all ? '' : `LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`;
    // Titles live in events: the search and the title order are PostgreSQL's, over the events
    // in scope with the figures computed here.
    const [row]: {
      total: number;
      items: { id: string; title: ReportEventRow['title'] }[] | null;
    }[] = await this.db.query(
      `WITH r AS (
           SELECT a.event_id, a.start_date, a.k, e.title
             FROM unnest($1::uuid[], $2::date[], $3::float8[]) AS a(event_id, start_date, k)
             JOIN events e ON e.id = a.event_id
            WHERE ${where}
         )
         SELECT (SELECT count(*) FROM r)::int AS total,
                (SELECT json_agg(json_build_object('id', event_id, 'title', title) ORDER BY ${orderBy})
                   FROM (SELECT * FROM r ORDER BY ${orderBy} ${limit}) p) AS items`,
      params,
    );
    const items = (row.items ?? []).map(({ id, title }) => {
      const { eventId, ...rest } = byId.get(id)!;
      return { eventId, title, ...rest };
    });
    return { items, total: row.total, page, pageSize };
  }
}
