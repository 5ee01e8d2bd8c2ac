import {
  EVENT_KINDS,
  GENDERS,
  REPORT_EVENT_SORTS,
  type ReportEventsQuery,
  type ReportFilters,
} from '@multaqa/contract';
import { countryParam, idParam, oneOf, pageParam, textParam } from '../../../lib/search-params';

/**
 * The reports page's state in the URL, so a link reproduces the view:
 * `/reports?yearFrom=…&yearTo=…&eventKind=…&countryCode=…&institutionId=…&gender=…&packageLineageId=…`
 * plus the events table's `q`, `sort`, `order` and `page`.
 */
export interface ReportsSearch extends ReportFilters {
  q?: string;
  sort?: ReportEventsQuery['sort'];
  order?: ReportEventsQuery['order'];
  page?: number;
}

/** The keys that narrow the figures (not the table's own search, sort and page). */
export const FILTER_KEYS = [
  'yearFrom',
  'yearTo',
  'eventKind',
  'countryCode',
  'institutionId',
  'gender',
  'packageLineageId',
] as const satisfies readonly (keyof ReportFilters)[];

function yearParam(value: unknown): number | undefined {
  const year = Number(value);
  return Number.isInteger(year) && year >= 1990 && year <= 2100 ? year : undefined;
}

export function validateReportsSearch(search: Record<string, unknown>): ReportsSearch {
  let yearFrom = yearParam(search.yearFrom);
  let yearTo = yearParam(search.yearTo);
  // A hand-edited link with the years crossed still shows that span rather than an error.
  if (yearFrom !== undefined && yearTo !== undefined && yearFrom > yearTo) {
    [yearFrom, yearTo] = [yearTo, yearFrom];
  }
  const sort = oneOf(REPORT_EVENT_SORTS, search.sort);
  return {
    yearFrom,
    yearTo,
    eventKind: oneOf(EVENT_KINDS, search.eventKind),
    countryCode: countryParam(search.countryCode),
    institutionId: idParam(search.institutionId),
    gender: oneOf(GENDERS, search.gender),
    packageLineageId: idParam(search.packageLineageId),
    q: textParam(search.q),
    // The API's defaults are left out of the URL.
    sort: sort === 'startDate' ? undefined : sort,
    order: search.order === 'asc' ? 'asc' : undefined,
    page: pageParam(search.page),
  };
}

/** Only the figures' filters, with the unset ones left out. */
export function filtersOf(search: ReportsSearch): ReportFilters {
  const filters: ReportFilters = {};
  for (const key of FILTER_KEYS) {
    if (search[key] !== undefined) Object.assign(filters, { [key]: search[key] });
  }
  return filters;
}

export function hasFilters(search: ReportsSearch): boolean {
  return FILTER_KEYS.some((key) => search[key] !== undefined);
}

/**
 * The next URL state after a filter changes: the table goes back to its first page (its rows
 * are no longer the same), and its search and sort stay.
 */
export function withFilter(search: ReportsSearch, change: Partial<ReportFilters>): ReportsSearch {
  const next = { ...search, ...change, page: undefined };
  // Moving one end of the span past the other moves the other end along.
  if (next.yearFrom !== undefined && next.yearTo !== undefined && next.yearFrom > next.yearTo) {
    if ('yearFrom' in change) next.yearTo = next.yearFrom;
    else next.yearFrom = next.yearTo;
  }
  return next;
}

/** Every filter cleared; the table's search and sort stay. */
export function withoutFilters(search: ReportsSearch): ReportsSearch {
  return { q: search.q, sort: search.sort, order: search.order };
}

/** `yearFrom=2025&gender=female`: the filters as the API's query string. */
export function filtersQueryString(filters: object): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  return params.toString();
}
