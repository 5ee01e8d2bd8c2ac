import { SetMetadata } from '@nestjs/common';

export const WRITE_LIMIT_KEY = 'multaqa:write-limit';

/**
 * How an anonymous write is limited beyond the default count per address and endpoint.
 * `own`: the route counts something else itself (sign-in counts failures, not attempts).
 * `challenge`: past a few requests from one address, each needs a proof of work.
 */
export type WriteLimitRule = 'own' | 'challenge';

export const OwnRateLimit = () => SetMetadata(WRITE_LIMIT_KEY, 'own' satisfies WriteLimitRule);
export const ChallengeWhenBusy = () =>
  SetMetadata(WRITE_LIMIT_KEY, 'challenge' satisfies WriteLimitRule);
