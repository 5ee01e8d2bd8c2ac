import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { type TokenPurpose, UserTokenEntity } from './user-token.entity.js';

export const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');

/** A token for an emailed link, and the hash that is all the database keeps of it. */
export function linkToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: sha256(token) };
}

const LIFETIME_MS: Record<TokenPurpose, number> = {
  confirm_email: 7 * 24 * 3600_000,
  reset_password: 3600_000,
};

/** Issues a one-time token for an emailed link; the database keeps only its hash. */
export async function issueToken(
  tx: EntityManager,
  userId: string,
  purpose: TokenPurpose,
): Promise<string> {
  const { token, tokenHash } = linkToken();
  await tx.getRepository(UserTokenEntity).insert({
    userId,
    purpose,
    tokenHash,
    expiresAt: new Date(Date.now() + LIFETIME_MS[purpose]),
  });
  return token;
}

/** Uses a token once: returns its user id, or null for an unknown, used or expired one. */
export async function consumeToken(
  tx: EntityManager,
  token: string,
  purpose: TokenPurpose,
): Promise<string | null> {
  const rows = (await tx.query(
    `UPDATE user_tokens SET used_at = now()
      WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > now()
      RETURNING user_id`,
    [sha256(token), purpose],
  )) as [{ user_id: string }[], number];
  return rows[0][0]?.user_id ?? null;
}
