import { execFileSync, spawnSync } from 'node:child_process';
import { createPublicKey, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { createServer as createNetServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { checkStatus } from '@digitalbazaar/vc-bitstring-status-list';
import { type CertificateClaims, formatSerial, type Language } from '@multaqa/contract';
import { verifyJWT } from 'did-jwt';
import { Resolver } from 'did-resolver';
import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import { getResolver as webDidResolver } from 'web-did-resolver';
import {
  CERTIFICATE_LOOKUP,
  type CertificateLookup,
  type CertificateRecord,
  REVOKED_INDEXES,
  type RevokedIndexes,
  SqlCertificateLookup,
  SqlRevokedIndexes,
} from '../src/credentials/certificate-sources.js';
import type { Agent } from './support/fixtures.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/** A free port on this machine, so PUBLIC_URL (and the did:web) can name it before the app starts. */
async function freePort(): Promise<number> {
  const server: Server = createNetServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Credentials checked as an outside verifier would: over HTTPS at the did:web's address (a
 * self-signed certificate this test trusts), with libraries that share no code with ours.
 */
describe('Open Badges credentials, status lists and did:web', () => {
  let t: TestApp;
  let dir: string;
  let httpsServer: https.Server;
  let httpServer: import('node:http').Server;
  let httpsPort: number;
  let httpBase: string;
  let did: string;
  let admin: Agent;
  let coordinator: Agent;
  let otherCoordinator: Agent;
  let participant: Agent;
  let stranger: Agent;
  let certificate: CertificateRecord;
  const certificates = new Map<string, CertificateRecord>();
  const revoked = new Set<number>();
  const previousCa = https.globalAgent.options.ca;

  const lookup: CertificateLookup = { find: async (id) => certificates.get(id) ?? null };
  const revokedIndexes: RevokedIndexes = {
    revokedIn: async ({ first, last }) => [...revoked].filter((i) => i >= first && i <= last),
  };
  const texts = (v: Partial<Record<Language, string>>) => v as Record<Language, string>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'multaqa-credentials-'));
    execFileSync(
      'openssl',
      [
        ...['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'],
        ...['-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '1'],
        ...['-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'],
      ],
      { stdio: 'ignore' },
    );
    // A web build, so the SPA fallback is in place and must leave /.well-known alone.
    writeFileSync(
      join(dir, 'index.html'),
      '<!doctype html><html><head></head><body></body></html>',
    );
    httpsPort = await freePort();
    t = await createTestApp(
      { PUBLIC_URL: `https://127.0.0.1:${httpsPort}`, WEB_DIST_DIR: dir },
      undefined,
      [
        { provide: CERTIFICATE_LOOKUP, useValue: lookup },
        { provide: REVOKED_INDEXES, useValue: revokedIndexes },
      ],
    );
    const express = t.app.getHttpAdapter().getInstance();
    const cert = readFileSync(join(dir, 'cert.pem'));
    httpsServer = https.createServer({ key: readFileSync(join(dir, 'key.pem')), cert }, express);
    await new Promise<void>((resolve) => httpsServer.listen(httpsPort, '127.0.0.1', resolve));
    // web-did-resolver fetches https://<host>/.well-known/did.json through node's https agent.
    https.globalAgent.options.ca = cert;
    httpServer = (await import('node:http')).createServer(express);
    await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
    httpBase = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
    did = `did:web:127.0.0.1%3A${httpsPort}`;

    admin = (await t.signIn(['admin'])).agent;
    coordinator = (await t.signIn(['coordinator'])).agent;
    otherCoordinator = (await t.signIn(['coordinator'])).agent;
    const participantAccount = await t.signIn(['participant']);
    participant = participantAccount.agent;
    stranger = (await t.signIn(['participant'])).agent;

    const event = await coordinator
      .post('/api/events')
      .send({
        kind: 'conference',
        title: { en: 'Countering hate speech', ar: 'مواجهة خطاب الكراهية' },
        venue: `Hall ${randomUUID()}`,
        city: 'Mogadishu',
        countryCode: 'SO',
        timeZone: 'Africa/Mogadishu',
        startDate: '2020-01-12',
        endDate: '2020-01-16',
        languages: ['ar', 'en'],
        capacity: 60,
      })
      .expect(201);
    const email = `fatima-${randomUUID().slice(0, 8)}@example.so`;
    const person = await admin
      .post('/api/participants')
      .send({
        fullNameAr: 'فاطمة علي',
        fullNameLatin: 'Fatima Ali',
        gender: 'female',
        nationality: 'SO',
        institutionId: null,
        position: 'Analyst',
        email,
        phone: null,
      })
      .expect(201);
    await t.db.query('UPDATE participants SET user_id = $1 WHERE id = $2', [
      participantAccount.user.id,
      person.body.id,
    ]);
    const serial = formatSerial(2026, 42);
    const claims: CertificateClaims = {
      v: 1,
      serial,
      issuedOn: '2026-02-01',
      languageMode: 'ar_en',
      fullNameAr: 'فاطمة علي',
      fullNameLatin: 'Fatima Ali',
      eventTitle: texts({ en: 'Countering hate speech', ar: 'مواجهة خطاب الكراهية' }),
      packageTitle: null,
      startDate: '2020-01-12',
      endDate: '2020-01-16',
      hours: null,
      issuer: 'Multaqa Centre',
      kid: 'unused',
    };
    certificate = {
      id: randomUUID(),
      serial,
      claims,
      statusIndex: 131_077, // list 2, bit 5
      eventId: event.body.id,
      participantId: person.body.id,
      issuedAt: new Date('2026-02-01T09:30:00Z'),
      recipientEmail: email,
      minAttendancePercent: 80,
    };
    certificates.set(certificate.id, certificate);
  });

  afterAll(async () => {
    https.globalAgent.options.ca = previousCa;
    for (const server of [httpsServer, httpServer]) {
      if (server) await new Promise((resolve) => server.close(resolve));
    }
    await t?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const resolver = () => new Resolver(webDidResolver());
  const jwks = () => createRemoteJWKSet(new URL(`${httpBase}/.well-known/jwks.json`));
  const download = (agent: Agent, id = certificate.id) =>
    agent
      .get(`/api/certificates/${id}/credential`)
      .buffer(true)
      .parse((res, done) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString('ascii')));
        res.on('end', () => done(null, text));
      });
  /** A status list credential as a verifier loads it: fetched, its VC-JWT checked with jose. */
  const documentLoader = async (url: string) => {
    const local = url.replace(`https://127.0.0.1:${httpsPort}`, httpBase);
    const res = await fetch(local);
    expect(res.status).toBe(200);
    const { payload } = await jwtVerify(await res.text(), jwks(), { issuer: did });
    return { document: payload };
  };

  it('publishes the keys as a did:web document and a JWKS at the root, not the web app', async () => {
    const keys = (await t.http().get('/api/public/signing-keys').expect(200)).body.keys as {
      kid: string;
      x: string;
    }[];
    const doc = await t.http().get('/.well-known/did.json').expect(200);
    expect(doc.headers['content-type']).toMatch(/json/);
    expect(doc.headers['cache-control']).toBe('public, max-age=300');
    expect(doc.headers['access-control-allow-origin']).toBe('*');
    expect(doc.body.id).toBe(did);
    expect(doc.body.assertionMethod).toEqual(keys.map((k) => `${did}#${k.kid}`));
    expect(doc.body.verificationMethod[0].publicKeyJwk.x).toBe(keys[0].x);

    const set = await t.http().get('/.well-known/jwks.json').expect(200);
    expect(set.body.keys).toContainEqual({
      kty: 'OKP',
      crv: 'Ed25519',
      x: keys[0].x,
      kid: keys[0].kid,
      use: 'sig',
      alg: 'EdDSA',
    });
    expect(JSON.stringify(set.body)).not.toContain('retiredAt');

    // The SPA fallback still serves pages, but never the app for a well-known path.
    const page = await t.http().get('/some/page').expect(200).expect('Content-Type', /html/);
    expect(page.text).toContain('<body></body>');
    const missing = await t.http().get('/.well-known/nothing.json').expect(404);
    expect(missing.text).not.toContain('<body></body>');
    await t.http().get('/api/.well-known/did.json').expect(404);
  });

  it('resolves our did:web with web-did-resolver over HTTPS', async () => {
    const result = await resolver().resolve(did);
    expect(result.didResolutionMetadata.error).toBeUndefined();
    expect(result.didDocument?.id).toBe(did);
  });

  it('gives the participant an OB 3.0 VC-JWT that jose and did-jwt both verify', async () => {
    const res = await download(participant).expect(200);
    expect(res.headers['content-type']).toMatch(/^application\/vc\+jwt/);
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="${certificate.serial}.jwt"`,
    );
    const jwt = res.body as string;
    const header = decodeProtectedHeader(jwt);
    expect(header).toMatchObject({ alg: 'EdDSA', typ: 'vc+jwt' });
    expect(header.kid).toMatch(new RegExp(`^${did}#`));

    const { payload } = await jwtVerify(jwt, jwks(), { issuer: did, typ: 'vc+jwt' });
    expect(payload.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(payload.jti).toBe(`urn:uuid:${certificate.id}`);
    expect(payload.credentialStatus).toEqual({
      id: `https://127.0.0.1:${httpsPort}/api/public/credentials/status/2#5`,
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: '5',
      statusListCredential: `https://127.0.0.1:${httpsPort}/api/public/credentials/status/2`,
    });
    // Nothing the certificate does not show: the email only as a salted hash.
    expect(jwt).not.toContain(certificate.recipientEmail!);
    expect(JSON.stringify(payload)).not.toContain(certificate.recipientEmail!);

    const verified = await verifyJWT(jwt, {
      resolver: resolver(),
      proofPurpose: 'assertionMethod',
    });
    expect(verified.verified).toBe(true);
    expect(verified.issuer).toBe(did);
    expect(verified.signer.id).toBe(header.kid);
  });

  it('verifies with the openssl command line and the published key alone', async () => {
    const jwt = (await download(participant).expect(200)).body as string;
    const kid = decodeProtectedHeader(jwt).kid!;
    const set = (await t.http().get('/.well-known/jwks.json').expect(200)).body as {
      keys: { kid: string; kty: string; crv: string; x: string }[];
    };
    const jwk = set.keys.find((k) => k.kid === kid)!;
    const pem = createPublicKey({ key: jwk, format: 'jwk' }).export({
      type: 'spki',
      format: 'pem',
    });
    const [h, p, s] = jwt.split('.');
    writeFileSync(join(dir, 'vc-key.pem'), pem);
    writeFileSync(join(dir, 'vc-input.txt'), `${h}.${p}`);
    writeFileSync(join(dir, 'vc-sig.bin'), Buffer.from(s, 'base64url'));
    const verify = (input: string) =>
      spawnSync('openssl', [
        ...['pkeyutl', '-verify', '-pubin', '-inkey', join(dir, 'vc-key.pem'), '-rawin'],
        ...['-in', input, '-sigfile', join(dir, 'vc-sig.bin')],
      ]);
    const good = verify(join(dir, 'vc-input.txt'));
    expect(good.stdout.toString()).toMatch(/Signature Verified Successfully/);
    expect(good.status).toBe(0);
    writeFileSync(
      join(dir, 'vc-forged.txt'),
      `${h}.${p.slice(0, -1)}${p.endsWith('A') ? 'B' : 'A'}`,
    );
    expect(verify(join(dir, 'vc-forged.txt')).status).not.toBe(0);
  });

  it('refuses a credential with one changed byte, in jose and in did-jwt', async () => {
    const jwt = (await download(participant).expect(200)).body as string;
    const [h, p, s] = jwt.split('.');
    const bytes = Buffer.from(p, 'base64url');
    bytes[bytes.indexOf('Fatima')] = 'K'.charCodeAt(0);
    const forged = `${h}.${bytes.toString('base64url')}.${s}`;
    await expect(jwtVerify(forged, jwks())).rejects.toThrow(/signature verification failed/);
    await expect(
      verifyJWT(forged, { resolver: resolver(), proofPurpose: 'assertionMethod' }),
    ).rejects.toThrow(/invalid_signature/);
  });

  it('reads status bit 0 while valid and 1 once revoked, through a verified status list', async () => {
    const jwt = (await download(participant).expect(200)).body as string;
    const { payload: credential } = await jwtVerify(jwt, jwks(), { issuer: did });

    revoked.clear();
    revoked.add(131_072); // someone else on the same list
    const valid = await checkStatus({
      credential,
      documentLoader,
      verifyBitstringStatusListCredential: false, // its VC-JWT is checked by documentLoader
    });
    expect(valid.error).toBeUndefined();
    expect(valid.verified).toBe(true);
    expect(valid.results?.[0].status).toBe(false);

    revoked.add(131_077);
    const revokedResult = await checkStatus({
      credential,
      documentLoader,
      verifyBitstringStatusListCredential: false,
    });
    expect(revokedResult.verified).toBe(true);
    expect(revokedResult.results?.[0].status).toBe(true);
    revoked.clear();
  });

  it('serves each status list as a signed BitstringStatusListCredential, cacheable briefly', async () => {
    revoked.add(7);
    const res = await fetch(`${httpBase}/api/public/credentials/status/1`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/vc\+jwt/);
    expect(res.headers.get('cache-control')).toBe('public, max-age=60');
    const jwt = await res.text();
    const { payload } = await jwtVerify(jwt, jwks(), { issuer: did, typ: 'vc+jwt' });
    expect(payload).toMatchObject({
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      id: `https://127.0.0.1:${httpsPort}/api/public/credentials/status/1`,
      type: ['VerifiableCredential', 'BitstringStatusListCredential'],
      issuer: did,
      credentialSubject: { type: 'BitstringStatusList', statusPurpose: 'revocation' },
    });
    const verified = await verifyJWT(jwt, {
      resolver: resolver(),
      proofPurpose: 'assertionMethod',
    });
    expect(verified.verified).toBe(true);
    revoked.clear();

    for (const bad of ['0', '-1', 'abc', '1.5', '99999999999']) {
      const problem = await t.http().get(`/api/public/credentials/status/${bad}`).expect(404);
      expect(problem.body.code).toBe('not_found');
    }
  });

  it("lets the event's staff download it, and nobody else (the same 404 as a missing one)", async () => {
    await download(admin).expect(200);
    await download(coordinator).expect(200);
    for (const agent of [otherCoordinator, stranger]) {
      const res = await agent.get(`/api/certificates/${certificate.id}/credential`).expect(404);
      expect(res.body.code).toBe('not_found');
    }
    const missing = await participant
      .get(`/api/certificates/${randomUUID()}/credential`)
      .set('Accept-Language', 'ar')
      .expect(404);
    expect(missing.body.detail).toContain('شهادة');
    await t.http().get(`/api/certificates/${certificate.id}/credential`).expect(401);
    await participant.get('/api/certificates/not-a-uuid/credential').expect(404);
  });

  it('keeps verifying what an old key signed after a rotation', async () => {
    const before = (await download(participant).expect(200)).body as string;
    await admin.post('/api/signing-keys/rotate').expect(200);
    const after = (await download(participant).expect(200)).body as string;
    expect(decodeProtectedHeader(after).kid).not.toBe(decodeProtectedHeader(before).kid);
    for (const jwt of [before, after]) {
      await jwtVerify(jwt, jwks(), { issuer: did });
      const verified = await verifyJWT(jwt, {
        resolver: resolver(),
        proofPurpose: 'assertionMethod',
      });
      expect(verified.signer.id).toBe(decodeProtectedHeader(jwt).kid);
    }
  });

  it('reads nothing, and fails nothing, before the certificates table exists', async () => {
    expect(await new SqlCertificateLookup(t.db).find(randomUUID())).toBeNull();
    expect(await new SqlRevokedIndexes(t.db).revokedIn({ first: 0, last: 131_071 })).toEqual([]);
  });
});

describe('anonymous reads of keys and status lists', () => {
  let t: TestApp;
  beforeAll(async () => {
    // The app as shipped: the default providers, reading a database with no certificates yet.
    t = await createTestApp({
      ANONYMOUS_READ_RATE_LIMIT: '3',
      ANONYMOUS_READ_RATE_WINDOW_SECONDS: '60',
      TRUST_PROXY: 'loopback',
    });
  });
  afterAll(() => t.close());

  it('are counted with the other public reads, and refused past the limit', async () => {
    const get = (path: string) => t.http().get(path).set('X-Forwarded-For', '203.0.113.77');
    expect((await get('/.well-known/did.json')).status).toBe(200);
    expect((await get('/.well-known/jwks.json')).status).toBe(200);
    const list = await get('/api/public/credentials/status/1');
    expect(list.status).toBe(200);
    expect(list.headers['content-type']).toMatch(/^application\/vc\+jwt/);
    const limited = await get('/.well-known/did.json');
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe('rate_limited');
  });
});
