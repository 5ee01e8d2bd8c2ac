import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { registrationKeys } from './query-keys';

/** GET /api/events/:eventId/quotas → capacity and counts, and each quota's use. */
export function quotasQueryOptions(eventId: string) {
  return queryOptions({
    queryKey: registrationKeys.quotas(eventId),
    queryFn: () =>
      unwrap(api.GET('/api/events/{eventId}/quotas', { params: { path: { eventId } } })),
  });
}
