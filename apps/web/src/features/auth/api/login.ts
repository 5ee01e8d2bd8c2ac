import type { LoginInput, User } from '@multaqa/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { meQueryKey } from '../../../lib/session';

/** POST /api/auth/login → User, and the session cookie. 401 invalid_credentials, 429 rate_limited. */
export function login(body: LoginInput): Promise<User> {
  return unwrap(api.POST('/api/auth/login', { body }));
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    // Here a 401 means "wrong email or password", not "session expired".
    meta: { redirectOnUnauthorized: false },
    onSuccess: (user) => queryClient.setQueryData(meQueryKey, user),
  });
}
