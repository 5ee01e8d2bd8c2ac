import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { eventKeys } from './query-keys';

/** DELETE /api/events/:eventId/sessions/:sessionId → 204. */
export function deleteSession(eventId: string, sessionId: string): Promise<void> {
  return unwrap(
    api.DELETE('/api/events/{eventId}/sessions/{sessionId}', {
      params: { path: { eventId, sessionId } },
    }),
  ).then(() => undefined);
}

export function useDeleteSession(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (sessionId: string) => deleteSession(eventId, sessionId),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: eventKeys.sessions(eventId) }),
        queryClient.invalidateQueries({ queryKey: eventKeys.detail(eventId) }),
      ]),
  });
}
