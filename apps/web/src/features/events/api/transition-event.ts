import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type RequestBody } from '../../../lib/api-client';
import { eventKeys } from './query-keys';

export type TransitionBody = RequestBody<'/api/events/{id}/transitions', 'post'>;

/** POST /api/events/:id/transitions {to, reason?} → the event (409 event_transition_not_allowed). */
export function transitionEvent(id: string, body: TransitionBody) {
  return unwrap(api.POST('/api/events/{id}/transitions', { params: { path: { id } }, body }));
}

export function useTransitionEvent(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TransitionBody) => transitionEvent(id, body),
    onSuccess: (event) => {
      queryClient.setQueryData(eventKeys.detail(event.id), event);
      return queryClient.invalidateQueries({ queryKey: eventKeys.lists() });
    },
  });
}
