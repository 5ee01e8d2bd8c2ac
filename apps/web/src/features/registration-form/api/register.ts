import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { PROOF_OF_WORK_HEADER } from '@multaqa/contract';
import { api, unwrap, type RequestBody } from '../../../lib/api-client';
import { withProofOfWork } from '../../../lib/proof-of-work';

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
export function registerForEvent(eventId: string, body: PublicRegistrationBody, proof?: string) {
  return unwrap(
    api.POST('/api/public/events/{eventId}/registrations', {
      params: { path: { eventId } },
      body,
      headers: proof ? { [PROOF_OF_WORK_HEADER]: proof } : undefined,
    }),
  );
}

/**
 * When many registrations came from the same connection (a venue's NAT, or a script), the API
 * asks for a proof of work (428): it is solved here and sent again, and `checkingConnection`
 * is true meanwhile so the page can say so.
 */
export function useRegisterForEvent(eventId: string) {
  const [checkingConnection, setCheckingConnection] = useState(false);
  const mutation = useMutation({
    mutationFn: (body: PublicRegistrationBody) =>
      withProofOfWork((proof) => registerForEvent(eventId, body, proof), setCheckingConnection),
    // No sign-in here: a 401 cannot mean "session expired".
    meta: { redirectOnUnauthorized: false },
  });
  return { ...mutation, checkingConnection };
}
