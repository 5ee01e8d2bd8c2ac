import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { attendanceKeys } from './query-keys';

/** GET /api/events/:eventId/attendance/conflicts → what the scanners sent that was not simply stored. */
export function listConflicts(eventId: string) {
  return unwrap(
    api.GET('/api/events/{eventId}/attendance/conflicts', { params: { path: { eventId } } }),
  );
}

export function conflictsQueryOptions(eventId: string) {
  return queryOptions({
    queryKey: attendanceKeys.conflicts(eventId),
    queryFn: () => listConflicts(eventId),
  });
}
