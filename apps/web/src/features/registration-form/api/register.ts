import { useMutation } from '@tanstack/react-query';
import { api, unwrap, type RequestBody } from '../../../lib/api-client';

export type PublicRegistrationBody = RequestBody<
  '/api/public/events/{eventId}/registrations',
  'post'
>;

/**
 * POST /api/public/events/:eventId/registrations → 202 {submissionId}, the same whoever the
 * address belongs to and for a repeated submit: the outcome goes to the mailbox. 409
 * registration_closed, registration_not_open_yet; 422 on invitationCode, phone; 400 with field
 * paths (answers.<key> included).
 */
export function registerForEvent(eventId: string, body: PublicRegistrationBody) {
  return unwrap(
    api.POST('/api/public/events/{eventId}/registrations', {
      params: { path: { eventId } },
      body,
    }),
  );
}

export function useRegisterForEvent(eventId: string) {
  return useMutation({
    mutationFn: (body: PublicRegistrationBody) => registerForEvent(eventId, body),
    // No sign-in here: a 401 cannot mean "session expired".
    meta: { redirectOnUnauthorized: false },
  });
}
