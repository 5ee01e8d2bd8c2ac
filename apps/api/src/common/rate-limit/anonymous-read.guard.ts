import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { ACCESS_KEY, type AccessRule } from '../auth/access.decorators.js';
import { WRITE_METHODS } from '../http/same-origin-json.js';
import { tooManyRequests } from './rate-limit.service.js';

/**
 * Every read open to anonymous callers is counted per address, all public endpoints together,
 * so scraping the public pages or walking ids is bounded without anyone remembering to add it.
 */
@Injectable()
export class AnonymousReadGuard implements CanActivate {
  private readonly limiter: RateLimiterMemory;

  constructor(
    private readonly reflector: Reflector,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.limiter = new RateLimiterMemory({
      points: config.ANONYMOUS_READ_RATE_LIMIT,
      duration: config.ANONYMOUS_READ_RATE_WINDOW_SECONDS,
    });
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<Request>();
    if (WRITE_METHODS.has(req.method)) return true;
    const access = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (access?.kind !== 'public') return true;
    try {
      await this.limiter.consume(req.ip ?? '');
      return true;
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      throw tooManyRequests(Math.ceil(refusal.msBeforeNext / 1000));
    }
  }
}
