import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { attendanceKeys } from './query-keys';

/**
 * POST /api/events/:eventId/sessions/:sessionId/attendance/mark-all-present: the server marks
 * whoever has no record when it arrives, so a scan made meanwhile is never overwritten.
 */
export function useMarkAllPresent(eventId: string, sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/events/{eventId}/sessions/{sessionId}/attendance/mark-all-present', {
          params: { path: { eventId, sessionId } },
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: attendanceKeys.event(eventId) }),
  });
}
