import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { badgeKeys } from './query-keys';

export const APPROVED_PAGE_SIZE = 25;

/** GET /api/events/:eventId/registrations?status=approved: the people who get a badge. */
export function approvedRegistrationsQueryOptions(
  eventId: string,
  q: string | undefined,
  page: number,
) {
  return queryOptions({
    queryKey: badgeKeys.approved(eventId, q, page),
    queryFn: () =>
      unwrap(
        api.GET('/api/events/{eventId}/registrations', {
          params: {
            path: { eventId },
            query: { status: 'approved', q, page, pageSize: APPROVED_PAGE_SIZE },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}
