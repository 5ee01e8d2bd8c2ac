import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type RequestBody } from '../../../lib/api-client';
import { eventKeys } from './query-keys';

export type UpdateSessionBody = RequestBody<'/api/events/{eventId}/sessions/{sessionId}', 'patch'>;

/** PATCH /api/events/:eventId/sessions/:sessionId (same conflicts as creating). */
export function updateSession(eventId: string, sessionId: string, body: UpdateSessionBody) {
  return unwrap(
    api.PATCH('/api/events/{eventId}/sessions/{sessionId}', {
      params: { path: { eventId, sessionId } },
      body,
    }),
  );
}

export function useUpdateSession(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ sessionId, body }: { sessionId: string; body: UpdateSessionBody }) =>
      updateSession(eventId, sessionId, body),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: eventKeys.sessions(eventId) }),
        queryClient.invalidateQueries({ queryKey: eventKeys.detail(eventId) }),
      ]),
  });
}
