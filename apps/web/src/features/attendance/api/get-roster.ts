import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { attendanceKeys } from './query-keys';

/** Others mark the same session (scanners at the door, self check-in): the counts stay live. */
const LIVE_INTERVAL_MS = 5_000;

/** GET /api/events/:eventId/sessions/:sessionId/roster → everyone expected, their record and the counts. */
export function getRoster(eventId: string, sessionId: string) {
  return unwrap(
    api.GET('/api/events/{eventId}/sessions/{sessionId}/roster', {
      params: { path: { eventId, sessionId }, query: {} },
    }),
  );
}

/** Polled while the page is visible only (React Query pauses the interval in a hidden tab). */
export function rosterQueryOptions(eventId: string, sessionId: string) {
  return queryOptions({
    queryKey: attendanceKeys.roster(eventId, sessionId),
    queryFn: () => getRoster(eventId, sessionId),
    refetchInterval: LIVE_INTERVAL_MS,
  });
}
