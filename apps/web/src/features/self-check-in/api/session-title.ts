import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';

/**
 * The projected session's title and zone, from its roster (GET …/roster): the one read that
 * coordinators and the session's own trainers share. Read once; a title does not change mid-session.
 */
export function projectedSessionQueryOptions(eventId: string, sessionId: string) {
  return queryOptions({
    queryKey: ['self-check-in', eventId, sessionId, 'session'] as const,
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/api/events/{eventId}/sessions/{sessionId}/roster', {
            params: { path: { eventId, sessionId }, query: {} },
          }),
        )
      ).session,
    staleTime: Infinity,
  });
}
