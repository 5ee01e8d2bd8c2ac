import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { codeLifetimeMs } from '../code-timing';

/**
 * GET /api/events/:eventId/sessions/:sessionId/self-check-in → the code on screen now. Asked
 * again shortly before it expires; kept fresh even when the projector's tab is in the background.
 */
export function selfCheckInCodeQueryOptions(eventId: string, sessionId: string) {
  return queryOptions({
    queryKey: ['self-check-in', eventId, sessionId] as const,
    queryFn: () =>
      unwrap(
        api.GET('/api/events/{eventId}/sessions/{sessionId}/self-check-in', {
          params: { path: { eventId, sessionId } },
        }),
      ),
    refetchInterval: (query) =>
      query.state.data
        ? codeLifetimeMs(
            query.state.data.expiresAt,
            query.state.data.periodSeconds,
            query.state.dataUpdatedAt,
          )
        : false,
    refetchIntervalInBackground: true,
    // A failed refresh (network blip) tries again soon: the old code has a grace period.
    retry: (failures) => failures < 5,
    retryDelay: 1_000,
  });
}
