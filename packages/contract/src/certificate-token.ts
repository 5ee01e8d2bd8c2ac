import canonicalize from 'canonicalize';
import type { CertificateClaims } from './certificates.js';
import { base64UrlToBytes, bytesToBase64Url } from './base64url.js';

export { base64UrlToBytes };

/*
 * The zod-free pieces of certificates (serials, the signed token): the public verification page
 * (light entry, no zod, see apps/web/src/public/contract-lite.ts) imports this file alone;
 * certificates.ts re-exports everything here. The token format is described there.
 */

/**
 * Serials are `MQ-YYYY-NNNNN-C`: the issue year, a counter per year that has no gaps, and a
 * check character, from an alphabet without look-alikes (no 0/O, 1/I/L, 5/S, 2/Z, 8/B, U/V).
 * Typed serials are compared upper-cased, with spaces and dashes optional.
 */
export const SERIAL_CHECK_ALPHABET = '34679ACDEFGHJKMNPQRTWXY';
export const SERIAL_PATTERN = /^MQ-\d{4}-\d{5,}-[34679ACDEFGHJKMNPQRTWXY]$/;

/** The check character of `MQ-YYYY-NNNNN` (weighted sum of its digits, mod the alphabet). */
export function serialCheckCharacter(yearAndNumber: string): string {
  const digits = yearAndNumber.replace(/\D/g, '');
  let sum = 0;
  for (let i = 0; i < digits.length; i++) sum += (i + 1) * Number(digits[i]);
  return SERIAL_CHECK_ALPHABET[sum % SERIAL_CHECK_ALPHABET.length];
}

export function formatSerial(year: number, counter: number): string {
  const body = `MQ-${year}-${String(counter).padStart(5, '0')}`;
  return `${body}-${serialCheckCharacter(body)}`;
}

/** A serial as typed by a person, normalised; null when it cannot be one (wrong check too). */
export function normalizeSerial(input: string): string | null {
  const compact = input.toUpperCase().replace(/[\s\-–—]/g, '');
  const parts = /^MQ([0-9OIL]{4})([0-9OIL]{5,})([34679ACDEFGHJKMNPQRTWXY])$/.exec(compact);
  if (!parts) return null;
  // In the numeric part a misread letter can only have been a digit.
  const digits = (s: string) => s.replace(/O/g, '0').replace(/[IL]/g, '1');
  const match = [parts[0], digits(parts[1]), digits(parts[2]), parts[3]];
  const serial = `MQ-${match[1]}-${match[2]}-${match[3]}`;
  return serialCheckCharacter(`${match[1]}${match[2]}`) === match[3] ? serial : null;
}

export const CERTIFICATE_TOKEN_PREFIX = 'MQC1';

/** The signed text of a certificate: base64url of the UTF-8 canonical JSON of its claims. */
export function certificatePayload(claims: CertificateClaims): string {
  return bytesToBase64Url(new TextEncoder().encode(canonicalize(claims)));
}

/** The token as the QR link carries it: the payload left out (`MQC1..<signature>`). */
export function detachedCertificateToken(token: string): string {
  const [prefix, , signature] = token.split('.');
  return `${prefix}..${signature}`;
}

/** A token split in its parts, nothing validated but the form (see parseCertificateToken). */
export interface SplitCertificateToken {
  /** The base64url payload; null when detached (`MQC1..<signature>`). */
  payload: string | null;
  /** The payload decoded as JSON (not checked against the claims' schema); null when detached. */
  json: unknown;
  signature: Uint8Array;
}

/** Splits a certificate token and decodes its parts; null when it is not one (cut, mistyped). */
export function splitCertificateToken(token: string): SplitCertificateToken | null {
  const parts = token.trim().split('.');
  if (parts.length !== 3 || parts[0] !== CERTIFICATE_TOKEN_PREFIX || token.length > 4000) {
    return null;
  }
  const signature = base64UrlToBytes(parts[2]);
  if (!signature || signature.length !== 64) return null;
  if (parts[1] === '') return { payload: null, json: null, signature };
  const payloadBytes = base64UrlToBytes(parts[1]);
  if (!payloadBytes) return null;
  try {
    const json: unknown = JSON.parse(new TextDecoder().decode(payloadBytes));
    return { payload: parts[1], json, signature };
  } catch {
    return null;
  }
}
