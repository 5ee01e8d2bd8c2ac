import { type KeyObject, verify } from 'node:crypto';
import {
  CERTIFICATE_TOKEN_PREFIX,
  type CertificateClaims,
  certificateClaimsSchema,
  certificatePayload,
  detachedCertificateToken,
  parseCertificateToken,
} from '@multaqa/contract';

/**
 * The signed token of a certificate (contract: `CERTIFICATE_TOKEN_PREFIX`):
 *
 *   MQC1.<base64url(JCS(claims))>.<base64url(Ed25519(ASCII of the middle part))>
 *
 * The payload is the RFC 8785 canonical JSON of the claims, so anyone can rebuild the signed
 * bytes from the claims shown, and the signature covers the payload text exactly as it travels
 * in the QR link: checking needs the public key and nothing else, e.g.
 *   openssl pkeyutl -verify -pubin -inkey key.pem -rawin -in payload.txt -sigfile sig.bin
 */

/** Signs with the key `kid` (the signing module holds the private key). */
export interface CertificateSigner {
  kid: string;
  /** Ed25519 signature (64 bytes) of the bytes. */
  sign(bytes: Buffer): Buffer;
}

/** The token for the claims, signed by `signer`, whose key id the claims must name. */
export function encodeCertificateToken(
  claims: CertificateClaims,
  signer: CertificateSigner,
): string {
  if (claims.kid !== signer.kid) {
    throw new Error(`The claims name key ${claims.kid} but the signer holds ${signer.kid}`);
  }
  // Only what the contract knows is signed: a stray field would fail the reader's schema.
  const payload = certificatePayload(certificateClaimsSchema.parse(claims));
  const signature = signer.sign(Buffer.from(payload, 'ascii'));
  if (signature.length !== 64) throw new Error('An Ed25519 signature has 64 bytes');
  return `${CERTIFICATE_TOKEN_PREFIX}.${payload}.${signature.toString('base64url')}`;
}

export type CertificateTokenCheck =
  | { valid: true; claims: CertificateClaims; kid: string }
  | { valid: false; reason: 'malformed' | 'unknown_key' | 'bad_signature' };

/**
 * Checks a token against the published keys: the claims when the signature holds. `publicKey`
 * finds a key by id (old keys stay published after a rotation, so old certificates still check).
 * A detached token (`MQC1..<signature>`, from a QR link) is checked against `claims`.
 */
export function verifyCertificateToken(
  token: string,
  publicKey: (kid: string) => KeyObject | null | undefined,
  claims?: CertificateClaims,
): CertificateTokenCheck {
  const parsed = parseCertificateToken(token, claims);
  if (!parsed) return { valid: false, reason: 'malformed' };
  const key = publicKey(parsed.claims.kid);
  if (!key) return { valid: false, reason: 'unknown_key' };
  let ok: boolean;
  try {
    ok = verify(null, Buffer.from(parsed.signedText, 'ascii'), key, parsed.signature);
  } catch {
    ok = false;
  }
  return ok
    ? { valid: true, claims: parsed.claims, kid: parsed.claims.kid }
    : { valid: false, reason: 'bad_signature' };
}

/**
 * The QR link: `{publicUrl}/verify/{serial}#MQC1..<signature>`, the full token with its payload
 * detached (the page rebuilds it from the claims served for the serial); the part after `#`
 * never reaches a server.
 */
export function certificateVerificationUrl(publicUrl: string, serial: string, token: string) {
  return `${publicUrl.replace(/\/+$/, '')}/verify/${encodeURIComponent(serial)}#${detachedCertificateToken(token)}`;
}
