import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type RequestBody } from '../../../lib/api-client';
import { eventKeys } from './query-keys';

export type CreateSessionBody = RequestBody<'/api/events/{eventId}/sessions', 'post'>;

/**
 * POST /api/events/:eventId/sessions → 201. 409 session_conflict lists the clashing bookings
 * (resend with allowConflicts: true to save anyway); 422 with path `date` outside the event.
 */
export function createSession(eventId: string, body: CreateSessionBody) {
  return unwrap(
    api.POST('/api/events/{eventId}/sessions', { params: { path: { eventId } }, body }),
  );
}

export function useCreateSession(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateSessionBody) => createSession(eventId, body),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: eventKeys.sessions(eventId) }),
        queryClient.invalidateQueries({ queryKey: eventKeys.detail(eventId) }),
      ]),
  });
}
