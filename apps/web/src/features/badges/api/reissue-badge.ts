import type { ReissueBadgeInput } from '@multaqa/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { badgeKeys } from './query-keys';

/** POST /api/events/:eventId/registrations/:registrationId/badge → the new badge; the old one is revoked. */
export function useReissueBadge(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ registrationId, ...body }: ReissueBadgeInput & { registrationId: string }) =>
      unwrap(
        api.POST('/api/events/{eventId}/registrations/{registrationId}/badge', {
          params: { path: { eventId, registrationId } },
          body,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: badgeKeys.list(eventId) }),
  });
}
