import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { forgetScanningUser } from '../../../lib/session';

/** POST /api/auth/logout → 204. */
export function logout(): Promise<void> {
  forgetScanningUser();
  return unwrap(api.POST('/api/auth/logout')).then(() => undefined);
}

export function useLogout() {
  return useMutation({ mutationFn: logout, meta: { redirectOnUnauthorized: false } });
}
