import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';

const myRegistrationsKey = ['me', 'registrations'] as const;

/** GET /api/me/registrations → the signed-in person's registrations, newest first. */
export const myRegistrationsQueryOptions = queryOptions({
  queryKey: myRegistrationsKey,
  queryFn: () => unwrap(api.GET('/api/me/registrations')),
});

/** POST /api/me/registrations/:registrationId/cancel → the registration, now cancelled. */
export function useCancelMyRegistration() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (registrationId: string) =>
      unwrap(
        api.POST('/api/me/registrations/{registrationId}/cancel', {
          params: { path: { registrationId } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: myRegistrationsKey }),
  });
}
