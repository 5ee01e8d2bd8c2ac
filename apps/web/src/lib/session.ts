import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Language, Role, User } from '@multaqa/contract';
import { api, unwrap } from './api-client';
import { isProblemError } from './problem';

/**
 * The sign-in state, shared by every feature: GET/PATCH /api/auth/me.
 * `null` means "not signed in" (the API answered 401).
 */
export const meQueryKey = ['auth', 'me'] as const;

export async function fetchMe(): Promise<User | null> {
  try {
    return await unwrap(api.GET('/api/auth/me'));
  } catch (error) {
    if (isProblemError(error, 401)) return null;
    throw error;
  }
}

export const meQueryOptions = queryOptions({
  queryKey: meQueryKey,
  queryFn: fetchMe,
  staleTime: 5 * 60_000,
  retry: false,
});

export function useCurrentUser(): User | null {
  return useQuery(meQueryOptions).data ?? null;
}

/**
 * The signed-in user if this page already knows them, without asking the API: public pages
 * must not call /api/auth/me (a 401 on every visit, and a request a phone waits for).
 */
export function useKnownUser(): User | null {
  return useQuery({ ...meQueryOptions, enabled: false }).data ?? null;
}

export function hasRole(user: User | null | undefined, ...roles: Role[]): boolean {
  return !!user && user.roles.some((role) => roles.includes(role));
}

/** Staff read training packages; participants never see the curriculum. */
export function canReadPackages(user: User | null | undefined): boolean {
  return hasRole(user, 'admin', 'coordinator', 'trainer');
}

/** Coordinators and admins write training packages. */
export function canManagePackages(user: User | null | undefined): boolean {
  return hasRole(user, 'admin', 'coordinator');
}

export function useUpdatePreferredLanguage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (preferredLanguage: Language) =>
      unwrap(api.PATCH('/api/auth/me', { body: { preferredLanguage } })),
    onSuccess: (user) => queryClient.setQueryData(meQueryKey, user),
  });
}

/** Coordinators and admins plan events and keep the institutions list. */
export function canManageEvents(user: User | null | undefined): boolean {
  return hasRole(user, 'admin', 'coordinator');
}
