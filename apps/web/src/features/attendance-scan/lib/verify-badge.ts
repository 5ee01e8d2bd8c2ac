import { verifyAsync } from '@noble/ed25519';
import {
  parseBadgeToken,
  type RosterEntry,
  type ScannerKit,
  type SigningPublicKey,
} from '@multaqa/contract';

/** What a badge says about its bearer, decided on the device with no network. */
export type BadgeVerdict =
  | { kind: 'valid'; badgeId: string; entry: RosterEntry }
  | { kind: 'not_a_badge' }
  | { kind: 'forged' }
  | { kind: 'revoked' }
  | { kind: 'wrong_event' }
  | { kind: 'not_registered' };

type KitForVerify = Pick<ScannerKit, 'keys' | 'revokedBadgeIds'> & {
  roster: { session: { eventId: string }; entries: RosterEntry[] };
};

export interface SignatureVerifier {
  (key: SigningPublicKey, signature: Uint8Array, message: Uint8Array): Promise<boolean>;
}

const importedKeys = new Map<string, Promise<CryptoKey>>();

function importKey(key: SigningPublicKey): Promise<CryptoKey> {
  let imported = importedKeys.get(key.x);
  if (!imported) {
    // Only the key material: WebCrypto refuses a JWK whose `alg` it does not spell the same way.
    imported = crypto.subtle.importKey(
      'jwk',
      { kty: 'OKP', crv: 'Ed25519', x: key.x },
      { name: 'Ed25519' },
      false,
      ['verify'],
    );
    importedKeys.set(key.x, imported);
    imported.catch(() => importedKeys.delete(key.x));
  }
  return imported;
}

function base64UrlToBytes(text: string): Uint8Array {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  return Uint8Array.from(atob(b64 + '==='.slice((b64.length + 3) % 4)), (c) => c.charCodeAt(0));
}

/**
 * Ed25519 in the library, for browsers whose WebCrypto does not know it yet. Bundled with the
 * page (4 KB) rather than loaded on demand: the first scan may come after the network is gone.
 */
export const nobleVerify: SignatureVerifier = (key, signature, message) =>
  verifyAsync(signature, message, base64UrlToBytes(key.x));

const webCryptoVerify: SignatureVerifier = async (key, signature, message) =>
  crypto.subtle.verify(
    { name: 'Ed25519' },
    await importKey(key),
    // WebCrypto takes only buffers it owns, never a view that may be shared.
    new Uint8Array(signature),
    new Uint8Array(message),
  );

let webCryptoWorks: Promise<boolean> | null = null;

/** WebCrypto's Ed25519 where the browser has it, otherwise the library. */
export const verifySignature: SignatureVerifier = async (key, signature, message) => {
  webCryptoWorks ??= importKey(key).then(
    () => true,
    () => false,
  );
  return (await webCryptoWorks)
    ? webCryptoVerify(key, signature, message)
    : nobleVerify(key, signature, message);
};

/**
 * Checks a scanned text against the session's kit: a badge token, signed by one of the
 * event's keys (old keys too), not revoked, of this event, for a person on this roster.
 */
export async function verifyBadge(
  text: string,
  kit: KitForVerify,
  verify: SignatureVerifier = verifySignature,
): Promise<BadgeVerdict> {
  const token = parseBadgeToken(text);
  if (!token) return { kind: 'not_a_badge' };
  const key = kit.keys.find((k) => k.kid === token.payload.k);
  if (!key) return { kind: 'forged' };
  const message = new TextEncoder().encode(token.signedText);
  const genuine = await verify(key, token.signature, message).catch(() => false);
  if (!genuine) return { kind: 'forged' };
  if (kit.revokedBadgeIds.includes(token.payload.b)) return { kind: 'revoked' };
  if (token.payload.e !== kit.roster.session.eventId) return { kind: 'wrong_event' };
  const entry = kit.roster.entries.find((e) => e.registrationId === token.payload.r);
  if (!token.payload.r || !entry) return { kind: 'not_registered' };
  return { kind: 'valid', badgeId: token.payload.b, entry };
}
