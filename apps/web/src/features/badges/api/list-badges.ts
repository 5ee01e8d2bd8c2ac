import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { badgeKeys } from './query-keys';

/** GET /api/events/:eventId/badges → every badge of the event (the API issues missing ones). */
export function badgesQueryOptions(eventId: string) {
  return queryOptions({
    queryKey: badgeKeys.list(eventId),
    queryFn: () =>
      unwrap(api.GET('/api/events/{eventId}/badges', { params: { path: { eventId } } })),
  });
}
