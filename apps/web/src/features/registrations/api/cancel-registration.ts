import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { registrationKeys } from './query-keys';

/** POST /api/events/:eventId/registrations/:registrationId/cancel {reason?}. */
export function useCancelRegistration(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ registrationId, reason }: { registrationId: string; reason?: string }) =>
      unwrap(
        api.POST('/api/events/{eventId}/registrations/{registrationId}/cancel', {
          params: { path: { eventId, registrationId } },
          body: reason ? { reason } : {},
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: registrationKeys.event(eventId) }),
  });
}
