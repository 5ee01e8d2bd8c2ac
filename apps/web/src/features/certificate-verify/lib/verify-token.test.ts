import {
  certificatePayload,
  detachedCertificateToken,
  type CertificateClaims,
  type SigningPublicKey,
} from '@multaqa/contract';
import { describe, expect, it } from 'vitest';
import { nobleVerify } from '../../../lib/ed25519';
import { tokenFromHash, verifyCertificateToken } from './verify-token';

const base64Url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

/** A key pair like the server's, and tokens signed the way the contract describes. */
async function makeKey(kid: string) {
  const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, [
    'sign',
    'verify',
  ])) as CryptoKeyPair;
  const jwk = await crypto.subtle.exportKey('jwk', pair.publicKey);
  const publicKey: SigningPublicKey = {
    kty: 'OKP',
    crv: 'Ed25519',
    x: jwk.x!,
    kid,
    use: 'sig',
    alg: 'EdDSA',
    retiredAt: null,
  };
  const signText = async (payload: string) =>
    base64Url(
      new Uint8Array(
        await crypto.subtle.sign(
          { name: 'Ed25519' },
          pair.privateKey,
          new TextEncoder().encode(payload),
        ),
      ),
    );
  async function sign(claims: CertificateClaims): Promise<string> {
    const payload = certificatePayload({ ...claims, kid });
    return `MQC1.${payload}.${await signText(payload)}`;
  }
  return { publicKey, sign, signText };
}

const SERIAL = 'MQ-2026-00001-R';
function claims(overrides: Partial<CertificateClaims> = {}): CertificateClaims {
  return {
    v: 1,
    serial: SERIAL,
    issuedOn: '2026-12-01',
    languageMode: 'ar_en',
    fullNameAr: 'أمينة يوسف',
    fullNameLatin: 'Amina Yusuf',
    eventTitle: { ar: 'تحليل المحتوى المتطرف', en: 'Analysing extremist content' },
    packageTitle: null,
    startDate: '2026-11-20',
    endDate: '2026-11-24',
    hours: 30,
    issuer: 'Multaqa',
    kid: 'k1',
    ...overrides,
  };
}

describe('verifyCertificateToken', async () => {
  const key = await makeKey('k1');
  const keys = [key.publicKey];

  it('verifies a QR link (signature alone) over the claims the register serves', async () => {
    const token = detachedCertificateToken(await key.sign(claims()));
    expect(token).toMatch(/^MQC1\.\.[A-Za-z0-9_-]+$/);
    const verdict = await verifyCertificateToken(token, SERIAL, keys, claims());
    expect(verdict).toEqual({ kind: 'verified', claims: claims(), kid: 'k1', retiredKey: false });
    // The library gives the same answer where WebCrypto has no Ed25519.
    expect((await verifyCertificateToken(token, SERIAL, keys, claims(), nobleVerify)).kind).toBe(
      'verified',
    );
  });

  it('catches a claim changed in the register: the signature no longer matches', async () => {
    const token = detachedCertificateToken(await key.sign(claims()));
    const changed = claims({ hours: 300 });
    expect(await verifyCertificateToken(token, SERIAL, keys, changed)).toEqual({
      kind: 'forged',
      claims: null,
    });
  });

  it('cannot check a signature alone when the register has no claims for the serial', async () => {
    const token = detachedCertificateToken(await key.sign(claims()));
    expect(await verifyCertificateToken(token, SERIAL, keys, null)).toEqual({
      kind: 'unverifiable',
    });
  });

  it('verifies a full token without the register, and with it when they agree', async () => {
    const token = await key.sign(claims());
    for (const served of [null, claims()])
      expect(await verifyCertificateToken(token, SERIAL, keys, served)).toEqual({
        kind: 'verified',
        claims: claims(),
        kid: 'k1',
        retiredKey: false,
      });
  });

  it('says so when a genuine full token and the register disagree', async () => {
    const token = await key.sign(claims());
    expect(
      await verifyCertificateToken(token, SERIAL, keys, claims({ fullNameLatin: 'Amina Y.' })),
    ).toEqual({ kind: 'register_differs', claims: claims(), kid: 'k1', retiredKey: false });
  });

  it('accepts the serial as a person types it', async () => {
    const token = await key.sign(claims());
    expect((await verifyCertificateToken(token, 'mq 2026 00001 r', keys, null)).kind).toBe(
      'verified',
    );
  });

  it('calls altered claims forged: one changed letter of the name', async () => {
    const token = await key.sign(claims());
    const [prefix, , signature] = token.split('.');
    const altered = certificatePayload(claims({ fullNameLatin: 'Amina Yusuv' }));
    expect(
      await verifyCertificateToken(`${prefix}.${altered}.${signature}`, SERIAL, keys, claims()),
    ).toEqual({ kind: 'forged', claims: claims({ fullNameLatin: 'Amina Yusuv' }) });
  });

  it('calls forged a signature of another key, even under a known key id', async () => {
    const impostor = await makeKey('k1');
    expect(
      (await verifyCertificateToken(await impostor.sign(claims()), SERIAL, keys, null)).kind,
    ).toBe('forged');
    const detached = detachedCertificateToken(await impostor.sign(claims()));
    expect((await verifyCertificateToken(detached, SERIAL, keys, claims())).kind).toBe('forged');
    const unknown = await makeKey('k9');
    const token = await unknown.sign(claims({ kid: 'k9' }));
    expect((await verifyCertificateToken(token, SERIAL, keys, null)).kind).toBe('forged');
  });

  it('keeps accepting a certificate signed by a retired key', async () => {
    const retired = { ...key.publicKey, retiredAt: '2026-11-30T00:00:00.000Z' };
    const other = await makeKey('k2');
    const token = detachedCertificateToken(await key.sign(claims()));
    const verdict = await verifyCertificateToken(
      token,
      SERIAL,
      [other.publicKey, retired],
      claims(),
    );
    expect(verdict).toMatchObject({ kind: 'verified', kid: 'k1', retiredKey: true });
  });

  it('tells a genuine token of another certificate from the serial in the address', async () => {
    const token = await key.sign(claims({ serial: 'MQ-2026-00002-9' }));
    expect((await verifyCertificateToken(token, SERIAL, keys, null)).kind).toBe('other_serial');
  });

  it('tells a missing token from one that is no token (cut signature, no claims)', async () => {
    expect(await verifyCertificateToken(null, SERIAL, keys, claims())).toEqual({ kind: 'absent' });
    const token = detachedCertificateToken(await key.sign(claims()));
    for (const damaged of [
      'MQC1.e30.AAAA',
      token.slice(0, -10),
      'MQC1.bm90IGpzb24.' + 'A'.repeat(86),
    ])
      expect(await verifyCertificateToken(damaged, SERIAL, keys, claims())).toEqual({
        kind: 'malformed',
      });
  });
});

describe('tokenFromHash', () => {
  it('reads the part after #, or nothing', () => {
    expect(tokenFromHash('#MQC1.abc.def')).toBe('MQC1.abc.def');
    expect(tokenFromHash('#MQC1..def')).toBe('MQC1..def');
    expect(tokenFromHash('#MQC1..de%')).toBe('MQC1..de%');
    expect(tokenFromHash('')).toBeNull();
    expect(tokenFromHash('#')).toBeNull();
  });
});
