import type { Signer } from '../signing/signing.service.js';
import { verificationMethodId } from './did-web.js';

/** The media type of a credential secured as a JWT (W3C VC-JOSE-COSE). */
export const VC_JWT_TYPE = 'application/vc+jwt';

interface SecurableCredential {
  id?: string;
  issuer: string | { id: string };
  validFrom: string;
  validUntil?: string;
  credentialSubject: { id?: string };
}

const seconds = (iso: string) => Math.floor(Date.parse(iso) / 1000);
const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/**
 * A credential as a VC-JWT (JWS compact, EdDSA): the header names the key by its DID URL; the
 * payload is the credential itself with the JWT claims Open Badges 3.0 asks for beside it (`iss`
 * = issuer id, `jti` = credential id, `nbf` = validFrom, `sub` = subject id, `exp` = validUntil),
 * so both JOSE libraries and VC verifiers read it. The bytes are signed with the centre's current
 * key through the signing module, whose private keys never leave it.
 */
export function signVcJwt(credential: SecurableCredential, signer: Signer): string {
  const issuer = typeof credential.issuer === 'string' ? credential.issuer : credential.issuer.id;
  const header = { alg: 'EdDSA', typ: 'vc+jwt', kid: verificationMethodId(issuer, signer.kid) };
  const payload = {
    ...credential,
    iss: issuer,
    ...(credential.id ? { jti: credential.id } : {}),
    nbf: seconds(credential.validFrom),
    ...(credential.credentialSubject.id ? { sub: credential.credentialSubject.id } : {}),
    ...(credential.validUntil ? { exp: seconds(credential.validUntil) } : {}),
  };
  const signingInput = `${base64url(header)}.${base64url(payload)}`;
  const signature = signer.sign(Buffer.from(signingInput, 'ascii'));
  return `${signingInput}.${signature.toString('base64url')}`;
}
