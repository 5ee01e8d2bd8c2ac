import {
  type CanActivate,
  type ExecutionContext,
  HttpStatus,
  Injectable,
  Logger,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ACCESS_KEY, type AccessRule } from '../common/auth/access.decorators.js';
import { type AuthenticatedRequest, hasRole } from '../common/auth/current-user.js';
import { DomainException } from '../common/errors/domain.exception.js';
import { AuthService, SESSION_COOKIE } from './auth.service.js';

/**
 * Applied to every route. A route without a declared rule is refused, so forgetting to
 * decide who may call an endpoint closes it rather than opening it.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger('AuthGuard');

  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    const req = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const token = (req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
    const user = token ? await this.auth.resolve(token) : null;
    if (user) req.user = user;

    if (!rule) {
      this.logger.error(
        `${context.getClass().name}.${context.getHandler().name} declares no access rule`,
      );
      throw new DomainException('forbidden', HttpStatus.FORBIDDEN);
    }
    if (rule.kind === 'public') return true;
    if (!user) throw new DomainException('unauthenticated', HttpStatus.UNAUTHORIZED);
    if (rule.kind === 'roles' && !hasRole(user, ...rule.roles)) {
      throw new DomainException('forbidden', HttpStatus.FORBIDDEN);
    }
    return true;
  }
}
