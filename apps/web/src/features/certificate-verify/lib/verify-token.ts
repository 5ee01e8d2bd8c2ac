import {
  certificatePayload,
  normalizeSerial,
  splitCertificateToken,
  type CertificateClaims,
  type SigningPublicKey,
} from '@multaqa/contract';
import { verifySignature, type SignatureVerifier } from '../../../lib/ed25519';

/**
 * What the signed part of a certificate link (after `#`) says, checked in the browser against the
 * published keys. A QR link carries the signature alone (`MQC1..<signature>`): it is checked over
 * the claims our register serves for the serial, so a changed claim in the database shows as a
 * signature that does not match. A full token (`MQC1.<payload>.<signature>`, from the PDF) carries
 * its claims and is checked without the register, then compared with what the register serves.
 * Zod-free: the light public entry runs it (see src/public/contract-lite.ts).
 */
export type TokenVerdict =
  /** The link has no signed part (a typed serial): only the register can answer. */
  | { kind: 'absent' }
  /** Something after `#` that is no certificate token (cut, mistyped). */
  | { kind: 'malformed' }
  /** A signature alone, and the register has no claims to check it over (unknown serial). */
  | { kind: 'unverifiable' }
  /** Signed by one of our keys, for this serial: these claims are what was issued. */
  | { kind: 'verified'; claims: CertificateClaims; kid: string; retiredKey: boolean }
  /** The signature does not match the claims (altered), or the key is not one of ours. */
  | { kind: 'forged'; claims: CertificateClaims | null }
  /** A genuine signature, but of another certificate than the serial in the address. */
  | { kind: 'other_serial'; claims: CertificateClaims }
  /** A genuine full token for this serial, but the register serves other claims for it. */
  | { kind: 'register_differs'; claims: CertificateClaims; kid: string; retiredKey: boolean };

/** The token in a location hash: `#MQC1.…` (a leading `#` optional, spaces dropped). */
export function tokenFromHash(hash: string): string | null {
  let text = hash.replace(/^#/, '');
  try {
    text = decodeURIComponent(text);
  } catch {
    // A cut `%` escape: the token check calls it damaged.
  }
  text = text.replace(/\s+/g, '');
  return text === '' ? null : text;
}

/** The few fields the check reads from a full token's payload (the rest is shown as signed). */
function looksLikeClaims(json: unknown): json is CertificateClaims {
  if (typeof json !== 'object' || json === null) return false;
  const { serial, kid } = json as Record<string, unknown>;
  return typeof serial === 'string' && typeof kid === 'string';
}

/**
 * @param served the claims the register serves for the serial (null when it has none or could
 *   not be reached): the payload of a detached token, the comparison for a full one.
 */
export async function verifyCertificateToken(
  token: string | null,
  serial: string,
  keys: readonly SigningPublicKey[],
  served: CertificateClaims | null,
  verify: SignatureVerifier = verifySignature,
): Promise<TokenVerdict> {
  if (!token) return { kind: 'absent' };
  const split = splitCertificateToken(token);
  if (!split) return { kind: 'malformed' };
  let claims: CertificateClaims;
  let signedText: string;
  if (split.payload === null) {
    if (!served) return { kind: 'unverifiable' };
    claims = served;
    signedText = certificatePayload(served);
  } else {
    if (!looksLikeClaims(split.json)) return { kind: 'malformed' };
    claims = split.json;
    signedText = split.payload;
  }
  const key = keys.find((k) => k.kid === claims.kid);
  if (!key) return { kind: 'forged', claims: split.payload === null ? null : claims };
  const message = new TextEncoder().encode(signedText);
  const genuine = await verify(key, split.signature, message).catch(() => false);
  // A detached signature that fails means the register's claims are not what was signed.
  if (!genuine) return { kind: 'forged', claims: split.payload === null ? null : claims };
  if ((normalizeSerial(serial) ?? serial) !== claims.serial)
    return { kind: 'other_serial', claims };
  const found = { claims, kid: key.kid, retiredKey: key.retiredAt !== null };
  if (served && split.payload !== null && certificatePayload(served) !== signedText)
    return { kind: 'register_differs', ...found };
  return { kind: 'verified', ...found };
}
