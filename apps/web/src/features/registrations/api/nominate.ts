import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type RequestBody } from '../../../lib/api-client';
import { registrationKeys } from './query-keys';

export type NominateBody = RequestBody<'/api/events/{eventId}/registrations', 'post'>;

/** POST /api/events/:eventId/registrations: an existing participant, or a new person. */
export function useNominate(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NominateBody) =>
      unwrap(
        api.POST('/api/events/{eventId}/registrations', { params: { path: { eventId } }, body }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: registrationKeys.event(eventId) }),
  });
}
