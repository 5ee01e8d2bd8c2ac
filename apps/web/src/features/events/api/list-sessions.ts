import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { eventKeys } from './query-keys';

/** GET /api/events/:eventId/sessions → the programme, times local to the event's zone. */
export function listSessions(eventId: string) {
  return unwrap(api.GET('/api/events/{eventId}/sessions', { params: { path: { eventId } } }));
}

export function sessionsQueryOptions(eventId: string) {
  return queryOptions({
    queryKey: eventKeys.sessions(eventId),
    queryFn: () => listSessions(eventId),
  });
}
