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
    const me = await unwrap(api.GET('/api/auth/me'));
    rememberScanningUser(me);
    return me;
  } catch (error) {
    if (isProblemError(error, 401)) {
      forgetScanningUser();
      return null;
    }
    // No network (fetch rejects with a TypeError): a door scanner reloaded offline still knows
    // who signed in on this device, so the scan page (served by the service worker) comes up.
    // The server decides again when the scanner syncs.
    const known = error instanceof TypeError ? recallScanningUser() : null;
    if (known) return known;
    throw error;
  }
}

const SCANNING_USER_KEY = 'multaqa.scanningUser';

/** Only people who scan badges are kept on the device, not participants. */
function rememberScanningUser(user: User): void {
  try {
    if (hasRole(user, 'admin', 'coordinator', 'trainer', 'door_staff'))
      window.localStorage.setItem(SCANNING_USER_KEY, JSON.stringify(user));
    else window.localStorage.removeItem(SCANNING_USER_KEY);
  } catch {
    // Storage disabled: no offline reload on this device.
  }
}

function recallScanningUser(): User | null {
  try {
    const stored = window.localStorage.getItem(SCANNING_USER_KEY);
    return stored ? (JSON.parse(stored) as User) : null;
  } catch {
    return null;
  }
}

/** Signed out, or the session is gone: the device forgets who it was. */
export function forgetScanningUser(): void {
  try {
    window.localStorage.removeItem(SCANNING_USER_KEY);
  } catch {
    // Nothing was kept.
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
