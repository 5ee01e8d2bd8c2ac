import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from './api-client';

/**
 * GET /api/me/schedule → the sessions of the signed-in person's approved events, with their own
 * attendance. Shared by the portal (the schedule) and self check-in (the session's title).
 */
export const myScheduleQueryOptions = queryOptions({
  queryKey: ['me', 'schedule'] as const,
  queryFn: () => unwrap(api.GET('/api/me/schedule')),
});
