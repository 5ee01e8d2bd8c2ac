import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Language, Role } from '@multaqa/contract';
import type { Request } from 'express';

/** What the auth guard puts on a request once the session cookie checks out. */
export interface SessionUser {
  id: string;
  email: string;
  fullName: string;
  roles: Role[];
  preferredLanguage: Language;
  sessionId: string;
}

export interface AuthenticatedRequest extends Request {
  user: SessionUser;
}

export const CurrentUser = createParamDecorator(
  (_data: unknown, ctx: ExecutionContext): SessionUser =>
    ctx.switchToHttp().getRequest<AuthenticatedRequest>().user,
);

export function hasRole(user: Pick<SessionUser, 'roles'>, ...roles: Role[]): boolean {
  return roles.some((role) => user.roles.includes(role));
}
