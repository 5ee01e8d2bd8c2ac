/**
 * did:web (https://w3c-ccg.github.io/did-method-web/) for the centre's signing keys: the DID of
 * PUBLIC_URL's host, whose document at `/.well-known/did.json` lists every key that ever signed,
 * so credentials signed before a rotation still verify.
 */

/** The public half of a signing key as a JWK (Ed25519). */
export interface PublicJwk {
  kty: 'OKP';
  crv: 'Ed25519';
  x: string;
  kid: string;
}

/**
 * `did:web:<host>`, the port percent-encoded (`did:web:localhost%3A3000`). A path in the URL is
 * ignored: the app answers `/.well-known/did.json` at the root of its own host.
 */
export function didWebFor(publicUrl: string): string {
  const url = new URL(publicUrl);
  const host = url.port ? `${url.hostname}%3A${url.port}` : url.hostname;
  return `did:web:${host}`;
}

/** The DID URL of one key, as a VC-JWT names it in its `kid` header. */
export function verificationMethodId(did: string, kid: string): string {
  return `${did}#${kid}`;
}

/**
 * The DID document: one `JsonWebKey2020` verification method per key (current first), every one
 * an assertion method (they sign credentials). Retired keys stay: they signed what is out there.
 */
export function didDocument(did: string, keys: PublicJwk[]) {
  const methods = keys.map((key) => ({
    id: verificationMethodId(did, key.kid),
    type: 'JsonWebKey2020',
    controller: did,
    publicKeyJwk: { kty: key.kty, crv: key.crv, x: key.x },
  }));
  return {
    '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/suites/jws-2020/v1'],
    id: did,
    verificationMethod: methods,
    assertionMethod: methods.map((method) => method.id),
  };
}

/**
 * The JWKS at `/.well-known/jwks.json`: standard members only, each key twice, once under its
 * short kid (what the certificate QR token and badges name) and once under its DID URL (what a
 * VC-JWT's `kid` header names), so a plain JWKS client finds the key for either.
 */
export function wellKnownJwks(did: string, keys: PublicJwk[]) {
  const jwk = (key: PublicJwk, kid: string) => ({
    kty: key.kty,
    crv: key.crv,
    x: key.x,
    kid,
    use: 'sig',
    alg: 'EdDSA',
  });
  return {
    keys: keys.flatMap((key) => [jwk(key, key.kid), jwk(key, verificationMethodId(did, key.kid))]),
  };
}
