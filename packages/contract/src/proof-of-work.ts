/**
 * The proof of work the public registration asks for when one address sends too much.
 * The server hands out `challenge` (signed, expiring); the client finds a counter n such that
 * SHA-256(`${challenge}.${n}`) starts with `bits` zero bits, and sends `${challenge}.${n}`
 * in the header below with the same request again.
 */
export const PROOF_OF_WORK_HEADER = 'Proof-Of-Work';

export interface ProofOfWorkChallenge {
  algorithm: 'SHA-256';
  challenge: string;
  bits: number;
  /** ISO time after which a solution is refused. */
  expiresAt: string;
}

export function hasLeadingZeroBits(hash: Uint8Array, bits: number): boolean {
  const whole = Math.floor(bits / 8);
  for (let i = 0; i < whole; i += 1) if (hash[i] !== 0) return false;
  const rest = bits % 8;
  return rest === 0 || hash[whole] >> (8 - rest) === 0;
}
