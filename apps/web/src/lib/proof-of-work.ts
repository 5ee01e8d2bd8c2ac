import { hasLeadingZeroBits, type ProofOfWorkChallenge } from '@multaqa/contract';
import { ProblemError } from './problem';

const encoder = new TextEncoder();
/** Hashes per batch between yields to the page, so a slow phone keeps scrolling and typing. */
const BATCH = 256;

/** Finds the counter the API asks for (see the contract's proof-of-work.ts) with SubtleCrypto. */
export async function solveChallenge(challenge: ProofOfWorkChallenge): Promise<string> {
  for (let n = 0; ; n += BATCH) {
    const candidates = Array.from({ length: BATCH }, (_, i) => `${challenge.challenge}.${n + i}`);
    const hashes = await Promise.all(
      candidates.map((c) => crypto.subtle.digest('SHA-256', encoder.encode(c))),
    );
    const found = hashes.findIndex((hash) =>
      hasLeadingZeroBits(new Uint8Array(hash), challenge.bits),
    );
    if (found >= 0) return candidates[found];
  }
}

/**
 * Sends, and when the API answers 428 with a challenge (this connection sent a lot), solves it
 * and sends again with the solution. `onSolving` tells the page to say what is going on.
 */
export async function withProofOfWork<T>(
  send: (solution?: string) => Promise<T>,
  onSolving: (solving: boolean) => void,
): Promise<T> {
  let solution: string | undefined;
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await send(solution);
    } catch (error) {
      if (!(error instanceof ProblemError) || !error.challenge || attempt >= 2) throw error;
      onSolving(true);
      try {
        solution = await solveChallenge(error.challenge);
      } finally {
        onSolving(false);
      }
    }
  }
}
