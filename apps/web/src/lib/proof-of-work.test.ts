import { createHash } from 'node:crypto';
import { hasLeadingZeroBits, type ProofOfWorkChallenge } from '@multaqa/contract';
import { describe, expect, it } from 'vitest';
import { ProblemError } from './problem';
import { solveChallenge, withProofOfWork } from './proof-of-work';

const challenge: ProofOfWorkChallenge = {
  algorithm: 'SHA-256',
  challenge: 'bm9uY2U.12.1999999999.c2lnbmF0dXJl',
  bits: 12,
  expiresAt: '2033-05-18T03:33:19.000Z',
};

describe('proof of work', () => {
  it('finds a counter whose SHA-256 starts with the asked zero bits', async () => {
    const solution = await solveChallenge(challenge);
    expect(solution.startsWith(`${challenge.challenge}.`)).toBe(true);
    const hash = createHash('sha256').update(solution).digest();
    expect(hasLeadingZeroBits(hash, 12)).toBe(true);
  });

  it('solves a 428 challenge, says so meanwhile, and sends again with the solution', async () => {
    const sent: (string | undefined)[] = [];
    const solving: boolean[] = [];
    const result = await withProofOfWork(
      async (solution) => {
        sent.push(solution);
        if (!solution) {
          throw new ProblemError({
            type: 'about:blank',
            title: 'check',
            detail: 'check',
            status: 428,
            code: 'challenge_required',
            challenge,
          } as never);
        }
        return 'registered';
      },
      (value) => solving.push(value),
    );
    expect(result).toBe('registered');
    expect(sent).toHaveLength(2);
    expect(sent[0]).toBeUndefined();
    expect(sent[1]).toMatch(/^bm9uY2U\.12\.1999999999\.c2lnbmF0dXJl\.\d+$/);
    expect(solving).toEqual([true, false]);
  });

  it('lets any other error through untouched', async () => {
    const limited = new ProblemError({
      type: 'about:blank',
      title: 'Too many',
      detail: 'Too many',
      status: 429,
      code: 'rate_limited',
    });
    await expect(
      withProofOfWork(
        () => Promise.reject(limited),
        () => {},
      ),
    ).rejects.toBe(limited);
  });
});
