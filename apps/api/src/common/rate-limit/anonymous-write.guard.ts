import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { PROOF_OF_WORK_HEADER } from '@multaqa/contract';
import type { Request } from 'express';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { ACCESS_KEY, type AccessRule } from '../auth/access.decorators.js';
import { WRITE_METHODS } from '../http/same-origin-json.js';
import { ProofOfWork } from './proof-of-work.js';
import { WRITE_LIMIT_KEY, type WriteLimitRule } from './rate-limit.decorators.js';
import { counterKey, RateLimitService, tooManyRequests } from './rate-limit.service.js';

/**
 * Every write open to anonymous callers (registration, password reset, confirmation links…)
 * is counted per address and endpoint, so a new public route is limited without anyone
 * remembering to add it.
 */
@Injectable()
export class AnonymousWriteGuard implements CanActivate {
  private readonly proofOfWork: ProofOfWork;

  constructor(
    private readonly reflector: Reflector,
    private readonly limits: RateLimitService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.proofOfWork = new ProofOfWork(config.CHALLENGE_SECRET, config.REGISTRATION_CHALLENGE_BITS);
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<Request>();
    if (!WRITE_METHODS.has(req.method)) return true;
    const targets = [context.getHandler(), context.getClass()];
    const access = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, targets);
    if (access?.kind !== 'public') return true;
    const rule = this.reflector.getAllAndOverride<WriteLimitRule | undefined>(
      WRITE_LIMIT_KEY,
      targets,
    );
    if (rule === 'own') return true;

    const endpoint = `${context.getClass().name}.${context.getHandler().name}`;
    const { count, retryAfterSeconds } = await this.limits.hit(
      counterKey(`write:${endpoint}`, req.ip ?? ''),
      this.config.ANONYMOUS_WRITE_RATE_WINDOW_SECONDS,
    );
    if (count > this.config.ANONYMOUS_WRITE_RATE_LIMIT) throw tooManyRequests(retryAfterSeconds);
    if (rule === 'challenge' && count > this.config.REGISTRATION_CHALLENGE_AFTER) {
      await this.requireProofOfWork(req.get(PROOF_OF_WORK_HEADER));
    }
    return true;
  }

  private async requireProofOfWork(solution: string | undefined): Promise<void> {
    if (!solution) throw this.proofOfWork.required('challenge_required');
    const solved = this.proofOfWork.check(solution);
    // Spent solutions are counted like anything else, so one cannot be replayed anywhere.
    const spent = solved
      ? await this.limits.hit(`pow:${solved.nonce}`, solved.ttlSeconds)
      : undefined;
    if (!spent || spent.count > 1) throw this.proofOfWork.required('challenge_failed');
  }
}
