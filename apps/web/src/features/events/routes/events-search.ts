import { EVENT_KINDS, EVENT_SORT_FIELDS, EVENT_STATUSES } from '@multaqa/contract';
import type { ListEventsParams } from '../api/list-events';

/** The list's state in the URL: `/events?q=…&kind=…&status=…&countryCode=…&from=…&to=…&sort=…&order=…&page=…`. */
export type EventsSearch = Pick<
  ListEventsParams,
  'q' | 'kind' | 'status' | 'countryCode' | 'from' | 'to' | 'sort' | 'order' | 'page'
>;

function oneOf<T extends string>(values: readonly T[], value: unknown): T | undefined {
  return typeof value === 'string' && (values as readonly string[]).includes(value)
    ? (value as T)
    : undefined;
}

const isoDate = (value: unknown) =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;

export function validateEventsSearch(search: Record<string, unknown>): EventsSearch {
  const page = Number(search.page);
  const q = typeof search.q === 'string' ? search.q.trim().slice(0, 200) : '';
  const country = typeof search.countryCode === 'string' ? search.countryCode.toUpperCase() : '';
  return {
    q: q || undefined,
    kind: oneOf(EVENT_KINDS, search.kind),
    status: oneOf(EVENT_STATUSES, search.status),
    countryCode: /^[A-Z]{2}$/.test(country) ? country : undefined,
    from: isoDate(search.from),
    to: isoDate(search.to),
    sort: oneOf(EVENT_SORT_FIELDS, search.sort),
    order: oneOf(['asc', 'desc'] as const, search.order),
    page: Number.isInteger(page) && page > 1 ? page : undefined,
  };
}

/** The tabs of an event's page, in order. Attendance and certificates come next. */
export const EVENT_TABS = ['overview', 'programme', 'registrations'] as const;
export type EventTab = (typeof EVENT_TABS)[number];

export function validateEventSearch(search: Record<string, unknown>): { tab?: EventTab } {
  const tab = oneOf(EVENT_TABS, search.tab);
  return { tab: tab === 'overview' ? undefined : tab };
}
