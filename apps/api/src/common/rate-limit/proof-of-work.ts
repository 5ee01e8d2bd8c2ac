import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { HttpStatus } from '@nestjs/common';
import { hasLeadingZeroBits, type ProofOfWorkChallenge } from '@multaqa/contract';
import { DomainException } from '../errors/domain.exception.js';

/** Long enough for a slow phone to solve, short enough that stockpiling solutions is useless. */
const CHALLENGE_TTL_SECONDS = 300;

/**
 * Self-hosted proof of work (no third-party service: a venue may be offline). A challenge is
 * `nonce.bits.expires.signature`, signed with HMAC so the server keeps no state until a
 * solution arrives; spending a solution is recorded by the caller so it counts once.
 */
export class ProofOfWork {
  private readonly secret: Buffer;

  constructor(
    secret: string | undefined,
    private readonly bits: number,
  ) {
    this.secret = secret ? Buffer.from(secret) : randomBytes(32);
  }

  issue(): ProofOfWorkChallenge {
    const nonce = randomBytes(16).toString('base64url');
    const expires = Math.floor(Date.now() / 1000) + CHALLENGE_TTL_SECONDS;
    const unsigned = `${nonce}.${this.bits}.${expires}`;
    return {
      algorithm: 'SHA-256',
      challenge: `${unsigned}.${this.sign(unsigned)}`,
      bits: this.bits,
      expiresAt: new Date(expires * 1000).toISOString(),
    };
  }

  /** The nonce of a valid, unexpired, solved challenge (to spend once), or null. */
  check(solution: string | undefined): { nonce: string; ttlSeconds: number } | null {
    const parts = solution?.split('.') ?? [];
    if (parts.length !== 5) return null;
    const [nonce, bitsText, expiresText, signature, counter] = parts;
    const expected = Buffer.from(this.sign(`${nonce}.${bitsText}.${expiresText}`));
    const given = Buffer.from(signature);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    const ttlSeconds = Number(expiresText) - Math.floor(Date.now() / 1000);
    if (!(ttlSeconds > 0) || !/^\d{1,12}$/.test(counter)) return null;
    const hash = createHash('sha256').update(solution!).digest();
    if (!hasLeadingZeroBits(hash, Number(bitsText))) return null;
    return { nonce, ttlSeconds };
  }

  required(code: 'challenge_required' | 'challenge_failed'): DomainException {
    return new DomainException(code, HttpStatus.PRECONDITION_REQUIRED, {}, [], {
      challenge: this.issue(),
    });
  }

  private sign(text: string): string {
    return createHmac('sha256', this.secret).update(text).digest('base64url');
  }
}
