import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';

/**
 * POST /api/public/registration-confirmations {token} → 200 {registration, setPasswordToken}
 * (422 token_invalid; 409 when the event closed or the person is registered meanwhile).
 */
export function useConfirmRegistration() {
  return useMutation({
    mutationFn: (token: string) =>
      unwrap(api.POST('/api/public/registration-confirmations', { body: { token } })),
    meta: { redirectOnUnauthorized: false },
  });
}
