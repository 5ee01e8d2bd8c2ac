import { HttpStatus } from '@nestjs/common';
import { rateLimit } from 'express-rate-limit';
import { sendProblem } from '../errors/problem.filter.js';

/** Slows password guessing: a fixed number of sign-in attempts per address and window. */
export function loginRateLimit(limit: number, windowSeconds: number) {
  return rateLimit({
    windowMs: windowSeconds * 1000,
    limit,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (req, res) =>
      sendProblem(req, res, { status: HttpStatus.TOO_MANY_REQUESTS, code: 'rate_limited' }),
  });
}
