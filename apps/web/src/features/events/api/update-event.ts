import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type RequestBody } from '../../../lib/api-client';
import { eventKeys } from './query-keys';

export type UpdateEventBody = RequestBody<'/api/events/{id}', 'patch'>;

/** PATCH /api/events/:id (409 event_read_only once completed, archived or cancelled). */
export function updateEvent(id: string, body: UpdateEventBody) {
  return unwrap(api.PATCH('/api/events/{id}', { params: { path: { id } }, body }));
}

export function useUpdateEvent(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateEventBody) => updateEvent(id, body),
    onSuccess: (event) => {
      queryClient.setQueryData(eventKeys.detail(event.id), event);
      // Moving the dates moves the sessions' instants too.
      void queryClient.invalidateQueries({ queryKey: eventKeys.sessions(event.id) });
      return queryClient.invalidateQueries({ queryKey: eventKeys.lists() });
    },
  });
}
