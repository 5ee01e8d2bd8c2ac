import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { attendanceKeys } from './query-keys';

/** GET /api/events/:eventId/attendance/rates → the event's, each session's and each participant's rate. */
export function getRates(eventId: string) {
  return unwrap(
    api.GET('/api/events/{eventId}/attendance/rates', { params: { path: { eventId } } }),
  );
}

export function ratesQueryOptions(eventId: string) {
  return queryOptions({
    queryKey: attendanceKeys.rates(eventId),
    queryFn: () => getRates(eventId),
  });
}
