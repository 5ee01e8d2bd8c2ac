import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, unwrap, type QueryParams } from '../../../lib/api-client';
import { eventKeys } from './query-keys';

export type ListEventsParams = QueryParams<'/api/events', 'get'>;

export const EVENTS_PAGE_SIZE = 20;

/** GET /api/events → a page of summaries (a coordinator sees only the events they coordinate). */
export function listEvents(query: ListEventsParams) {
  return unwrap(api.GET('/api/events', { params: { query } }));
}

export function listEventsQueryOptions(query: ListEventsParams) {
  return queryOptions({
    queryKey: eventKeys.list(query),
    queryFn: () => listEvents(query),
    placeholderData: keepPreviousData,
  });
}
