import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type RequestBody } from '../../../lib/api-client';
import { registrationKeys } from './query-keys';

export type RegistrationFormBody = RequestBody<'/api/events/{eventId}/registration-form', 'put'>;

/** PUT /api/events/:eventId/registration-form → the saved form. */
export function useSetRegistrationForm(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RegistrationFormBody) =>
      unwrap(
        api.PUT('/api/events/{eventId}/registration-form', {
          params: { path: { eventId } },
          body,
        }),
      ),
    onSuccess: (form) => queryClient.setQueryData(registrationKeys.form(eventId), form),
  });
}
