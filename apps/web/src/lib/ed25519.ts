import { verifyAsync } from '@noble/ed25519';
import { base64UrlToBytes, type SigningPublicKey } from '@multaqa/contract';

/**
 * Ed25519 signature checks in the browser, against the published keys (GET
 * /api/public/signing-keys): the badge scanner checks badges with them, offline, and the public
 * certificate page checks the signed claims in a certificate's QR link.
 */
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

/**
 * Ed25519 in the library, for browsers whose WebCrypto does not know it yet. Bundled with the
 * page (4 KB) rather than loaded on demand: the first scan may come after the network is gone.
 */
export const nobleVerify: SignatureVerifier = (key, signature, message) =>
  verifyAsync(signature, message, base64UrlToBytes(key.x) ?? new Uint8Array());

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
