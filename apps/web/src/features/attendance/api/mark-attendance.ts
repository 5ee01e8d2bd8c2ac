import type { AttendanceStatus, Roster } from '@multaqa/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { useCurrentUser } from '../../../lib/session';
import { applyMarks } from '../components/roster-state';
import { attendanceKeys } from './query-keys';

export interface Mark {
  participantId: string;
  status: AttendanceStatus;
}

/**
 * PUT /api/events/:eventId/sessions/:sessionId/attendance. The roster shows the tap at once; a
 * refused mark puts the roster back as it was, and the next answer from the server wins.
 */
export function useMarkAttendance(eventId: string, sessionId: string) {
  const queryClient = useQueryClient();
  const user = useCurrentUser();
  const key = attendanceKeys.roster(eventId, sessionId);
  return useMutation({
    mutationFn: (records: Mark[]) =>
      unwrap(
        api.PUT('/api/events/{eventId}/sessions/{sessionId}/attendance', {
          params: { path: { eventId, sessionId } },
          body: { records },
        }),
      ),
    onMutate: async (records) => {
      await queryClient.cancelQueries({ queryKey: key });
      const before = queryClient.getQueryData<Roster>(key);
      if (before) {
        const by = user ? { id: user.id, fullName: user.fullName } : null;
        queryClient.setQueryData<Roster>(key, applyMarks(before, records, by));
      }
      return { before };
    },
    onError: (_error, _records, context) => {
      if (context?.before) queryClient.setQueryData(key, context.before);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: attendanceKeys.event(eventId) }),
  });
}
