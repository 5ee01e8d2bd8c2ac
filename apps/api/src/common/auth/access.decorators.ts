import { SetMetadata } from '@nestjs/common';
import type { Role } from '@multaqa/contract';

export const ACCESS_KEY = 'multaqa:access';

/** Who may call a route. Every route declares one; the guard denies routes that do not. */
export type AccessRule =
  { kind: 'public' } | { kind: 'signed-in' } | { kind: 'roles'; roles: Role[] };

export const Public = () => SetMetadata(ACCESS_KEY, { kind: 'public' } satisfies AccessRule);
export const SignedIn = () => SetMetadata(ACCESS_KEY, { kind: 'signed-in' } satisfies AccessRule);
export const Roles = (...roles: Role[]) =>
  SetMetadata(ACCESS_KEY, { kind: 'roles', roles } satisfies AccessRule);
