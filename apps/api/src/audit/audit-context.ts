import { AsyncLocalStorage } from 'node:async_hooks';
import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import { Observable } from 'rxjs';
import type { AuthenticatedRequest } from '../common/auth/current-user.js';

interface AuditScope {
  actorId: string | null;
}

const scope = new AsyncLocalStorage<AuditScope>();

/** Who is acting in the current request, as the auth guard found them; null outside requests. */
export const currentActorId = (): string | null => scope.getStore()?.actorId ?? null;

/** Runs fn as the given user: for work done on someone's behalf outside a request. */
export const actingAs = <T>(actorId: string | null, fn: () => T): T => scope.run({ actorId }, fn);

/**
 * Runs every handler inside a scope that names the signed-in user. Interceptors run after the
 * guard (so the user is known) and around the pipes and the handler, and everything the
 * handler awaits inherits the scope: services never pass the actor along themselves.
 */
@Injectable()
export class AuditScopeInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const user = context.switchToHttp().getRequest<Partial<AuthenticatedRequest>>().user;
    return new Observable((subscriber) =>
      actingAs(user?.id ?? null, () => next.handle().subscribe(subscriber)),
    );
  }
}
