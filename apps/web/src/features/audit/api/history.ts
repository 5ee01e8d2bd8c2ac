import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';

export const HISTORY_PAGE_SIZE = 20;

/** Whose history: an event (with its sessions, registrations, quotas…) or a person. */
export type HistoryScope = 'event' | 'participant';

/** GET /api/events/:eventId/history or /api/participants/:participantId/history, newest first. */
export function historyQueryOptions(scope: HistoryScope, id: string, page: number) {
  const query = { page, pageSize: HISTORY_PAGE_SIZE };
  return queryOptions({
    queryKey: ['audit', scope, id, page] as const,
    queryFn: () =>
      scope === 'event'
        ? unwrap(
            api.GET('/api/events/{eventId}/history', {
              params: { path: { eventId: id }, query },
            }),
          )
        : unwrap(
            api.GET('/api/participants/{participantId}/history', {
              params: { path: { participantId: id }, query },
            }),
          ),
    placeholderData: keepPreviousData,
  });
}
