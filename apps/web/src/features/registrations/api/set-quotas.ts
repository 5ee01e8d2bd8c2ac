import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type RequestBody } from '../../../lib/api-client';
import { registrationKeys } from './query-keys';

export type SetQuotasBody = RequestBody<'/api/events/{eventId}/quotas', 'put'>;

/** PUT /api/events/:eventId/quotas {quotas} → the overview again. */
export function useSetQuotas(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SetQuotasBody) =>
      unwrap(api.PUT('/api/events/{eventId}/quotas', { params: { path: { eventId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: registrationKeys.event(eventId) }),
  });
}
