import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type RequestBody } from '../../../lib/api-client';
import { eventKeys } from './query-keys';

export type GenerateSessionsBody = RequestBody<'/api/events/{eventId}/sessions/generate', 'post'>;

/**
 * POST /api/events/:eventId/sessions/generate → the new programme, one session per slot of the
 * package's modules (trainings only; 409 event_has_sessions unless replaceExisting).
 */
export function generateSessions(eventId: string, body: GenerateSessionsBody) {
  return unwrap(
    api.POST('/api/events/{eventId}/sessions/generate', { params: { path: { eventId } }, body }),
  );
}

export function useGenerateSessions(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: GenerateSessionsBody) => generateSessions(eventId, body),
    onSuccess: (sessions) => {
      queryClient.setQueryData(eventKeys.sessions(eventId), sessions);
      return queryClient.invalidateQueries({ queryKey: eventKeys.detail(eventId) });
    },
  });
}
