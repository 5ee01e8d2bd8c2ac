import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type RequestBody } from '../../../lib/api-client';
import { eventKeys } from './query-keys';

export type CreateEventBody = RequestBody<'/api/events', 'post'>;

/** POST /api/events → 201, a draft (422 with field errors; the package must be published). */
export function createEvent(body: CreateEventBody) {
  return unwrap(api.POST('/api/events', { body }));
}

export function useCreateEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createEvent,
    onSuccess: (event) => {
      queryClient.setQueryData(eventKeys.detail(event.id), event);
      return queryClient.invalidateQueries({ queryKey: eventKeys.lists() });
    },
  });
}
