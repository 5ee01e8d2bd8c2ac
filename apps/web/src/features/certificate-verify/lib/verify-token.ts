import {
  normalizeSerial,
  parseCertificateToken,
  type CertificateClaims,
  type SigningPublicKey,
} from '@multaqa/contract';
import { verifySignature, type SignatureVerifier } from '../../../lib/ed25519';

/**
 * What the signed part of a certificate link (after `#`) says, checked in the browser against the
 * published keys: no database is asked.
 */
export type TokenVerdict =
  /** The link has no signed part (a typed serial): only the register can answer. */
  | { kind: 'absent' }
  /** Something after `#` that is no certificate token (cut, mistyped). */
  | { kind: 'malformed' }
  /** Signed by one of our keys, for this serial: these claims are what was issued. */
  | { kind: 'verified'; claims: CertificateClaims; kid: string; retiredKey: boolean }
  /** The signature does not match the claims (altered), or the key is not one of ours. */
  | { kind: 'forged'; claims: CertificateClaims }
  /** A genuine signature, but of another certificate than the serial in the address. */
  | { kind: 'other_serial'; claims: CertificateClaims };

/** The token in a location hash: `#MQC1.…` (a leading `#` optional, spaces dropped). */
export function tokenFromHash(hash: string): string | null {
  const text = decodeURIComponent(hash.replace(/^#/, '')).replace(/\s+/g, '');
  return text === '' ? null : text;
}

export async function verifyCertificateToken(
  token: string | null,
  serial: string,
  keys: readonly SigningPublicKey[],
  verify: SignatureVerifier = verifySignature,
): Promise<TokenVerdict> {
  if (!token) return { kind: 'absent' };
  const parsed = parseCertificateToken(token);
  if (!parsed) return { kind: 'malformed' };
  const { claims } = parsed;
  const key = keys.find((k) => k.kid === claims.kid);
  if (!key) return { kind: 'forged', claims };
  const message = new TextEncoder().encode(parsed.signedText);
  const genuine = await verify(key, parsed.signature, message).catch(() => false);
  if (!genuine) return { kind: 'forged', claims };
  if ((normalizeSerial(serial) ?? serial) !== claims.serial)
    return { kind: 'other_serial', claims };
  return { kind: 'verified', claims, kid: key.kid, retiredKey: key.retiredAt !== null };
}
