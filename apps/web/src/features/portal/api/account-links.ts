import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';

/** POST /api/auth/confirm-email {token} → 204 (400/422 token_invalid). */
export function useConfirmEmail() {
  return useMutation({
    mutationFn: (token: string) => unwrap(api.POST('/api/auth/confirm-email', { body: { token } })),
    meta: { redirectOnUnauthorized: false },
  });
}

/** POST /api/auth/password-reset/request {email} → 202, whether or not the address is known. */
export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: (email: string) =>
      unwrap(api.POST('/api/auth/password-reset/request', { body: { email } })),
    meta: { redirectOnUnauthorized: false },
  });
}

/** POST /api/auth/password-reset/confirm {token, password} → 204 (422 token_invalid). */
export function useResetPassword() {
  return useMutation({
    mutationFn: (body: { token: string; password: string }) =>
      unwrap(api.POST('/api/auth/password-reset/confirm', { body })),
    meta: { redirectOnUnauthorized: false },
  });
}
