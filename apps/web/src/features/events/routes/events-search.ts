import { EVENT_KINDS, EVENT_SORT_FIELDS, EVENT_STATUSES } from '@multaqa/contract';
import { countryParam, dateParam, oneOf, pageParam, textParam } from '../../../lib/search-params';
import type { ListEventsParams } from '../api/list-events';

/** The list's state in the URL: `/events?q=…&kind=…&status=…&countryCode=…&from=…&to=…&sort=…&order=…&page=…`. */
export type EventsSearch = Pick<
  ListEventsParams,
  'q' | 'kind' | 'status' | 'countryCode' | 'from' | 'to' | 'sort' | 'order' | 'page'
>;

export function validateEventsSearch(search: Record<string, unknown>): EventsSearch {
  return {
    q: textParam(search.q),
    kind: oneOf(EVENT_KINDS, search.kind),
    status: oneOf(EVENT_STATUSES, search.status),
    countryCode: countryParam(search.countryCode),
    from: dateParam(search.from),
    to: dateParam(search.to),
    sort: oneOf(EVENT_SORT_FIELDS, search.sort),
    order: oneOf(['asc', 'desc'] as const, search.order),
    page: pageParam(search.page),
  };
}

/** The tabs of an event's page, in order. */
export const EVENT_TABS = [
  'overview',
  'programme',
  'registrations',
  'badges',
  'attendance',
  'evaluations',
  'certificates',
  'history',
] as const;
export type EventTab = (typeof EVENT_TABS)[number];

export function validateEventSearch(search: Record<string, unknown>): { tab?: EventTab } {
  const tab = oneOf(EVENT_TABS, search.tab);
  return { tab: tab === 'overview' ? undefined : tab };
}
