import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type RequestBody } from '../../../lib/api-client';
import { attendanceKeys } from './query-keys';

export type WalkInBody = RequestBody<'/api/events/{eventId}/walk-ins', 'post'>;

/** POST /api/events/:eventId/walk-ins: registers the person at the door and marks them present. */
export function useCreateWalkIn(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: WalkInBody) =>
      unwrap(api.POST('/api/events/{eventId}/walk-ins', { params: { path: { eventId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: attendanceKeys.event(eventId) }),
  });
}
