import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { eventKeys } from './query-keys';

/** POST /api/events/:id/copy {startDate} → 201, a new draft with every session shifted. */
export function copyEvent(id: string, startDate: string) {
  return unwrap(
    api.POST('/api/events/{id}/copy', { params: { path: { id } }, body: { startDate } }),
  );
}

export function useCopyEvent(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (startDate: string) => copyEvent(id, startDate),
    onSuccess: (event) => {
      queryClient.setQueryData(eventKeys.detail(event.id), event);
      return queryClient.invalidateQueries({ queryKey: eventKeys.lists() });
    },
  });
}
