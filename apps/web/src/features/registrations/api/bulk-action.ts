import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type RequestBody } from '../../../lib/api-client';
import { registrationKeys } from './query-keys';

export type BulkActionBody = RequestBody<'/api/events/{eventId}/registrations/bulk', 'post'>;

/**
 * POST /api/events/:eventId/registrations/bulk {action, registrationIds, reason?} →
 * {updated, skipped: [{id, code, message}]}: those skipped say why (e.g. the event is full).
 */
export function useBulkRegistrationAction(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: BulkActionBody) =>
      unwrap(
        api.POST('/api/events/{eventId}/registrations/bulk', {
          params: { path: { eventId } },
          body,
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: registrationKeys.event(eventId) }),
  });
}
