import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, unwrap, type QueryParams } from '../../../lib/api-client';

export type ListPublicEventsParams = QueryParams<'/api/public/events', 'get'>;

export const PUBLIC_EVENTS_PAGE_SIZE = 12;

/** GET /api/public/events (no sign-in) → events whose status is public. */
export function listPublicEvents(query: ListPublicEventsParams) {
  return unwrap(api.GET('/api/public/events', { params: { query } }));
}

export function listPublicEventsQueryOptions(query: ListPublicEventsParams) {
  return queryOptions({
    queryKey: ['public-events', 'list', query],
    queryFn: () => listPublicEvents(query),
    placeholderData: keepPreviousData,
  });
}
