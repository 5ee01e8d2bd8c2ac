import { gunzipSync, gzipSync } from 'node:zlib';

/**
 * W3C Bitstring Status List v1.0 (https://www.w3.org/TR/vc-bitstring-status-list/): one bit
 * per credential, 1 = revoked. Bit 0 is the leftmost (most significant) bit of byte 0. The
 * list is GZIP-compressed and written as base64url (no padding) with the multibase prefix `u`.
 */

/** The spec's minimum length (16 KB), so one list hides which few credentials exist. */
export const STATUS_LIST_LENGTH = 131_072;

/** The highest list id we answer for: status indexes are PostgreSQL integers (2^31 − 1). */
export const MAX_STATUS_LIST_ID = Math.ceil(2 ** 31 / STATUS_LIST_LENGTH);

/** Where a status index lives: list 1 holds indexes 0…131071, list 2 the next 131072, … */
export function statusListPosition(statusIndex: number): { listId: number; bit: number } {
  if (!Number.isInteger(statusIndex) || statusIndex < 0) {
    throw new RangeError(`Invalid status index: ${statusIndex}`);
  }
  return {
    listId: Math.floor(statusIndex / STATUS_LIST_LENGTH) + 1,
    bit: statusIndex % STATUS_LIST_LENGTH,
  };
}

/** The first and last status index list `listId` covers. */
export function statusListRange(listId: number): { first: number; last: number } {
  const first = (listId - 1) * STATUS_LIST_LENGTH;
  return { first, last: first + STATUS_LIST_LENGTH - 1 };
}

/** The encoded list with the bits of `setBits` (positions within this list) set. */
export function encodeStatusList(setBits: Iterable<number>, length = STATUS_LIST_LENGTH): string {
  if (length % 8 !== 0) throw new RangeError('A status list length is a whole number of bytes.');
  const bytes = new Uint8Array(length / 8);
  for (const bit of setBits) {
    if (!Number.isInteger(bit) || bit < 0 || bit >= length) {
      throw new RangeError(`Bit ${bit} is outside a list of ${length}.`);
    }
    bytes[bit >> 3] |= 0x80 >> (bit & 7);
  }
  return `u${gzipSync(bytes).toString('base64url')}`;
}

/** The raw bitstring of an encoded list (for tests and our own checks). */
export function decodeStatusList(encodedList: string): Uint8Array {
  if (!encodedList.startsWith('u')) throw new Error('An encoded list starts with "u".');
  return new Uint8Array(gunzipSync(Buffer.from(encodedList.slice(1), 'base64url')));
}

export function statusBit(bitstring: Uint8Array, bit: number): 0 | 1 {
  return ((bitstring[bit >> 3] >> (7 - (bit & 7))) & 1) as 0 | 1;
}

export interface StatusListCredentialInput {
  /** The URL the list is served at (its id, and what credentials name in statusListCredential). */
  url: string;
  /** The issuer's DID (the same as on the credentials the list covers). */
  issuer: string;
  encodedList: string;
  validFrom: Date;
  /** How long a verifier may cache the list, in milliseconds (the spec's `ttl`). */
  ttlMs: number;
}

/** The BitstringStatusListCredential (unsigned; signed as a VC-JWT by the caller). */
export function statusListCredential(input: StatusListCredentialInput) {
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2'],
    id: input.url,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: input.issuer,
    validFrom: isoSeconds(input.validFrom),
    credentialSubject: {
      id: `${input.url}#list`,
      type: 'BitstringStatusList',
      statusPurpose: 'revocation',
      encodedList: input.encodedList,
      ttl: input.ttlMs,
    },
  };
}

/** XML Schema dateTime without milliseconds, as the VC data model writes it. */
export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
