import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  type Event,
  hasLeadingZeroBits,
  PROOF_OF_WORK_HEADER,
  type ProofOfWorkChallenge,
} from '@multaqa/contract';
import request from 'supertest';
import { issueToken } from '../src/users/user-tokens.js';
import { UserEntity } from '../src/users/user.entity.js';
import { publishedPackage, openEvent } from './support/fixtures.js';
import { createTestApp, TEST_PASSWORD, type TestApp } from './support/test-app.js';

const problem = /^application\/problem\+json/;

/** A session cookie of a fresh admin, for requests built by hand (no browser headers). */
async function adminCookie(t: TestApp): Promise<string> {
  const { user } = await t.signIn(['admin']);
  const res = await t
    .http()
    .post('/api/auth/login')
    .send({ email: user.email, password: TEST_PASSWORD })
    .expect(200);
  return String(res.headers['set-cookie']).split(';')[0];
}

const newAdmin = () => ({
  email: `made-${randomUUID()}@example.org`,
  fullName: 'Made By Someone',
  password: 'a-long-password',
  roles: ['admin'],
  preferredLanguage: 'en',
});

describe('cookie-authenticated writes', () => {
  let t: TestApp;
  let cookie: string;
  const raw = () => request(t.app.getHttpServer());
  beforeAll(async () => {
    t = await createTestApp({ PUBLIC_URL: 'https://multaqa.example/' });
    cookie = await adminCookie(t);
  });
  afterAll(() => t.close());

  it('refuses a form-encoded write with 415, with or without a cookie', async () => {
    const input = newAdmin();
    const form = new URLSearchParams({ ...input, roles: 'admin' }).toString();
    const res = await t
      .http()
      .post('/api/users')
      .set('Cookie', cookie)
      .set('Accept-Language', 'fr')
      .type('form')
      .send(form);
    expect(res.status).toBe(415);
    expect(res.headers['content-type']).toMatch(problem);
    expect(res.body).toMatchObject({
      code: 'unsupported_media_type',
      detail: 'Cette requête doit envoyer du JSON.',
    });
    const anonymous = await t
      .http()
      .post('/api/auth/login')
      .type('form')
      .send('email=a%40b.org&password=x');
    expect(anonymous.status).toBe(415);
    const textPlain = await t
      .http()
      .post('/api/auth/login')
      .set('Content-Type', 'text/plain')
      .send('{"email":"a@b.org","password":"x"}');
    expect(textPlain.status).toBe(415);
    expect(await t.db.getRepository(UserEntity).countBy({ email: input.email })).toBe(0);
  });

  it('refuses a cookie write from another origin, a sibling site, or with no origin at all', async () => {
    const input = newAdmin();
    const attempts = [
      raw().post('/api/users').set('Cookie', cookie).set('Origin', 'https://evil.example'),
      raw().post('/api/users').set('Cookie', cookie).set('Origin', 'null'),
      raw()
        .post('/api/users')
        .set('Cookie', cookie)
        .set('Origin', 'https://multaqa.example')
        .set('Sec-Fetch-Site', 'same-site'),
      raw().post('/api/users').set('Cookie', cookie).set('Sec-Fetch-Site', 'cross-site'),
      raw().post('/api/users').set('Cookie', cookie),
    ];
    for (const attempt of attempts) {
      const res = await attempt.set('Accept-Language', 'en').send(input);
      expect(res.status).toBe(403);
      expect(res.headers['content-type']).toMatch(problem);
      expect(res.body.code).toBe('cross_origin_refused');
    }
    const del = await raw()
      .delete(`/api/users/${randomUUID()}`)
      .set('Cookie', cookie)
      .set('Origin', 'https://evil.example');
    expect(del.status).toBe(403);
    expect(await t.db.getRepository(UserEntity).countBy({ email: input.email })).toBe(0);
  });

  it('accepts a cookie write from the public origin, its own host, or same-origin fetch metadata', async () => {
    const viaPublicUrl = await raw()
      .post('/api/users')
      .set('Cookie', cookie)
      .set('Origin', 'https://multaqa.example')
      .send(newAdmin());
    expect(viaPublicUrl.status).toBe(201);
    const viaHost = await raw()
      .post('/api/users')
      .set('Cookie', cookie)
      .set('Host', 'multaqa.internal:8080')
      .set('Origin', 'http://multaqa.internal:8080')
      .send(newAdmin());
    expect(viaHost.status).toBe(201);
    const viaFetchMetadata = await raw()
      .post('/api/users')
      .set('Cookie', cookie)
      .set('Origin', 'http://localhost:5173')
      .set('Sec-Fetch-Site', 'same-origin')
      .send(newAdmin());
    expect(viaFetchMetadata.status).toBe(201);
  });

  it('leaves anonymous writes without a cookie to the JSON rule only', async () => {
    const res = await raw()
      .post('/api/auth/password-reset/request')
      .set('Origin', 'https://elsewhere.example')
      .send({ email: 'someone@example.org' });
    expect(res.status).toBe(202);
  });
});

/** Whatever the endpoint answers (400, 404, 202…), it was not the rate limit. */
const notLimited = (status: number) => expect([428, 429]).not.toContain(status);

describe('limits on anonymous writes', () => {
  let t: TestApp;
  let second: TestApp;
  beforeAll(async () => {
    const env = {
      ANONYMOUS_WRITE_RATE_LIMIT: '3',
      ANONYMOUS_WRITE_RATE_WINDOW_SECONDS: '120',
      TRUST_PROXY: 'loopback',
    };
    t = await createTestApp(env);
    second = await createTestApp(env, t);
  });
  afterAll(async () => {
    await second.close();
    await t.close();
  });

  const endpoints: [string, string, object][] = [
    ['password reset request', '/api/auth/password-reset/request', { email: 'x@example.org' }],
    [
      'password reset confirmation',
      '/api/auth/password-reset/confirm',
      { token: 'not-a-real-token', password: 'a-long-password' },
    ],
    ['email confirmation', '/api/auth/confirm-email', { token: 'not-a-real-token' }],
    ['public registration', `/api/public/events/${randomUUID()}/registrations`, {}],
  ];

  it.each(endpoints)('answers 429 with Retry-After on the %s', async (_name, path, body) => {
    const from = `203.0.113.${Math.floor(Math.random() * 200) + 1}`;
    const send = (app: TestApp, address = from) =>
      app.http().post(path).set('X-Forwarded-For', address).set('Accept-Language', 'en').send(body);
    for (let i = 0; i < 3; i += 1) notLimited((await send(t)).status);
    const limited = await send(t);
    expect(limited.status).toBe(429);
    expect(limited.headers['content-type']).toMatch(problem);
    const retryAfter = Number(limited.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(120);
    expect(limited.body).toMatchObject({
      code: 'rate_limited',
      retryAfter,
      detail: `Too many attempts. Wait ${retryAfter} seconds and try again.`,
    });
    // Another address is counted on its own.
    notLimited((await send(t, '198.51.100.7')).status);
  });

  it('shares the counts between two API processes on the same database', async () => {
    const send = (app: TestApp) =>
      app
        .http()
        .post('/api/auth/password-reset/request')
        .set('X-Forwarded-For', '192.0.2.44')
        .send({ email: 'shared@example.org' });
    expect((await send(t)).status).toBe(202);
    expect((await send(second)).status).toBe(202);
    expect((await send(t)).status).toBe(202);
    expect((await send(second)).status).toBe(429);
    expect((await send(t)).status).toBe(429);
  });

  it('counts a burst arriving at once exactly, across two processes', async () => {
    const send = (app: TestApp) =>
      app
        .http()
        .post('/api/auth/password-reset/request')
        .set('X-Forwarded-For', '192.0.2.77')
        .send({ email: 'burst@example.org' });
    const statuses = await Promise.all(
      Array.from({ length: 12 }, (_, i) => send(i % 2 ? second : t).then((r) => r.status)),
    );
    expect(statuses.filter((s) => s === 202)).toHaveLength(3);
    expect(statuses.filter((s) => s === 429)).toHaveLength(9);
  });

  it('counts the socket address, not X-Forwarded-For, unless the proxy is trusted', async () => {
    const untrusting = await createTestApp({ ANONYMOUS_WRITE_RATE_LIMIT: '2' }, t);
    try {
      const statuses: number[] = [];
      for (const address of ['192.0.2.1', '192.0.2.2', '192.0.2.3']) {
        const res = await untrusting
          .http()
          .post('/api/auth/confirm-email')
          .set('X-Forwarded-For', address)
          .send({ token: 'not-a-real-token' });
        statuses.push(res.status);
      }
      expect(statuses).toEqual([422, 422, 429]);
    } finally {
      await untrusting.close();
    }
  });
});

describe('limits on anonymous reads', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      ANONYMOUS_READ_RATE_LIMIT: '4',
      ANONYMOUS_READ_RATE_WINDOW_SECONDS: '60',
      TRUST_PROXY: 'loopback',
    });
  });
  afterAll(() => t.close());

  it('counts every public read from one address together and answers 429 past the limit', async () => {
    const get = (path: string, address = '203.0.113.90') =>
      t.http().get(path).set('X-Forwarded-For', address).set('Accept-Language', 'fr');
    // Different public endpoints (and a missing event) share one count per address.
    const statuses = [
      (await get('/api/public/events')).status,
      (await get(`/api/public/events/${randomUUID()}`)).status,
      (await get('/api/public/events')).status,
      (await get(`/api/public/events/${randomUUID()}/calendar.ics`)).status,
    ];
    expect(statuses).toEqual([200, 404, 200, 404]);
    const limited = await get('/api/public/events');
    expect(limited.status).toBe(429);
    expect(limited.headers['content-type']).toMatch(problem);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.body.code).toBe('rate_limited');
    expect(limited.body.detail).toMatch(/^Trop de tentatives/);
    // Another address, and signed-in staff, are not held back by it.
    expect((await get('/api/public/events', '198.51.100.90')).status).toBe(200);
    const { agent } = await t.signIn(['admin']);
    const staff = await agent.get('/api/events').set('X-Forwarded-For', '203.0.113.90');
    expect(staff.status).toBe(200);
  });
});

describe('sign-in limits count failures', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      LOGIN_RATE_LIMIT: '3',
      LOGIN_ADDRESS_RATE_LIMIT: '5',
      LOGIN_RATE_WINDOW_SECONDS: '120',
      TRUST_PROXY: 'loopback',
    });
  });
  afterAll(() => t.close());

  const login = (email: string, password: string, from: string) =>
    t.http().post('/api/auth/login').set('X-Forwarded-For', from).send({ email, password });

  it('lets many people behind one address sign in successfully', async () => {
    const { user } = await t.signIn(['participant']);
    const { user: other } = await t.signIn(['trainer']);
    for (let i = 0; i < 12; i += 1) {
      const who = i % 2 ? user : other;
      expect((await login(who.email, TEST_PASSWORD, '192.0.2.10')).status).toBe(200);
    }
  });

  it('throttles one email after N failures, but not another email from the same address', async () => {
    const { user: target } = await t.signIn(['admin']);
    const { user: bystander } = await t.signIn(['coordinator']);
    const statuses: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      statuses.push((await login(target.email, 'wrong-guess-number', '192.0.2.20')).status);
    }
    expect(statuses).toEqual([401, 401, 401]);
    // Throttled even with the right password and from elsewhere: the account is what is guessed.
    const blocked = await login(target.email, TEST_PASSWORD, '192.0.2.21');
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect(blocked.body.code).toBe('rate_limited');
    expect((await login(bystander.email, TEST_PASSWORD, '192.0.2.20')).status).toBe(200);
  });

  it('throttles an address after many failures across emails', async () => {
    const { user } = await t.signIn(['trainer']);
    for (let i = 0; i < 5; i += 1) {
      const res = await login(`nobody-${i}@example.org`, 'wrong-guess', '192.0.2.30');
      expect(res.status).toBe(401);
    }
    expect((await login(user.email, TEST_PASSWORD, '192.0.2.30')).status).toBe(429);
    expect((await login(user.email, TEST_PASSWORD, '192.0.2.31')).status).toBe(200);
  });
});

function solve(challenge: ProofOfWorkChallenge, offset = 0): string {
  for (let n = offset; ; n += 1) {
    const candidate = `${challenge.challenge}.${n}`;
    const hash = createHash('sha256').update(candidate).digest();
    if (hasLeadingZeroBits(hash, challenge.bits)) return candidate;
  }
}

function unsolved(challenge: ProofOfWorkChallenge): string {
  for (let n = 0; ; n += 1) {
    const candidate = `${challenge.challenge}.${n}`;
    const hash = createHash('sha256').update(candidate).digest();
    if (!hasLeadingZeroBits(hash, challenge.bits)) return candidate;
  }
}

describe('proof of work on the public registration', () => {
  const powEnv = {
    REGISTRATION_CHALLENGE_AFTER: '2',
    REGISTRATION_CHALLENGE_BITS: '10',
    TRUST_PROXY: 'loopback',
    CHALLENGE_SECRET: 'a-shared-secret-of-at-least-32-characters',
  };
  let t: TestApp;
  let event: Event;
  beforeAll(async () => {
    t = await createTestApp(powEnv);
    const coordinator = (await t.signIn(['coordinator'])).agent;
    const pkg = await publishedPackage(coordinator);
    event = await openEvent(coordinator, pkg.id, { capacity: 50 });
  });
  afterAll(() => t.close());

  let counter = 0;
  const person = () => {
    counter += 1;
    return {
      fullNameAr: `مشارك ${counter}`,
      fullNameLatin: `Participant ${counter}`,
      gender: 'female',
      nationality: 'SO',
      email: `pow-${counter}-${randomUUID()}@example.org`,
      preferredLanguage: 'en',
      submissionId: randomUUID(),
      answers: {},
    };
  };
  const register = (from: string, solution?: string, app = t) => {
    const req = app
      .http()
      .post(`/api/public/events/${event.id}/registrations`)
      .set('X-Forwarded-For', from)
      .set('Accept-Language', 'en');
    if (solution) req.set(PROOF_OF_WORK_HEADER, solution);
    return req.send(person());
  };

  it('asks for a proof of work after K registrations from one address and takes each solution once', async () => {
    const from = '192.0.2.50';
    expect((await register(from)).status).toBe(202);
    expect((await register(from)).status).toBe(202);

    const asked = await register(from);
    expect(asked.status).toBe(428);
    expect(asked.headers['content-type']).toMatch(problem);
    expect(asked.body.code).toBe('challenge_required');
    const challenge = asked.body.challenge as ProofOfWorkChallenge;
    expect(challenge).toMatchObject({ algorithm: 'SHA-256', bits: 10 });
    expect(Date.parse(challenge.expiresAt)).toBeGreaterThan(Date.now());

    const wrong = await register(from, unsolved(challenge));
    expect(wrong.status).toBe(428);
    expect(wrong.body.code).toBe('challenge_failed');
    expect(wrong.body.challenge.challenge).not.toBe(challenge.challenge);

    const [nonce, bits, expires, signature] = challenge.challenge.split('.');
    const easier = { ...challenge, challenge: `${nonce}.1.${expires}.${signature}`, bits: 1 };
    expect((await register(from, solve(easier))).body.code).toBe('challenge_failed');
    expect(bits).toBe('10');

    const solution = solve(challenge);
    expect((await register(from, solution)).status).toBe(202);
    const replayed = await register(from, solution);
    expect(replayed.status).toBe(428);
    expect(replayed.body.code).toBe('challenge_failed');
    expect((await register('192.0.2.51')).status).toBe(202);
  });

  it('accepts a solution once across API processes that share CHALLENGE_SECRET', async () => {
    const other = await createTestApp(powEnv, t);
    try {
      const from = '192.0.2.60';
      for (let i = 0; i < 2; i += 1) expect((await register(from)).status).toBe(202);
      const asked = await register(from);
      expect(asked.status).toBe(428);
      const solution = solve(asked.body.challenge as ProofOfWorkChallenge);
      expect((await register(from, solution, other)).status).toBe(202);
      expect((await register(from, solution)).body.code).toBe('challenge_failed');
    } finally {
      await other.close();
    }
  });
});

describe('passwords', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('refuses common and guessable passwords with a field error', async () => {
    const { agent: admin } = await t.signIn(['admin']);
    for (const password of ['password1234', 'qwertyuiop12', 'iloveyou2024', 'aaaaaaaaaaaa']) {
      const res = await admin
        .post('/api/users')
        .set('Accept-Language', 'en')
        .send({ ...newAdmin(), fullName: 'Fatima Nur', password });
      expect(res.status).toBe(422);
      expect(res.body).toMatchObject({
        code: 'weak_password',
        errors: [{ path: 'password', code: 'password_weak' }],
      });
    }
    const { user } = await t.signIn(['trainer']);
    const token = await t.db.transaction((tx) => issueToken(tx, user.id, 'reset_password'));
    const weak = await t
      .http()
      .post('/api/auth/password-reset/confirm')
      .send({ token, password: 'password1234' });
    expect(weak.status).toBe(422);
    expect(weak.body.code).toBe('weak_password');
    // The refusal leaves the link usable for a better password.
    await t
      .http()
      .post('/api/auth/password-reset/confirm')
      .send({ token, password: 'a-new-long-passphrase' })
      .expect(204);
  });

  it('ends the sessions of a user whose password an admin sets', async () => {
    const { agent: admin } = await t.signIn(['admin']);
    const { agent: victim, user } = await t.signIn(['coordinator']);
    expect((await victim.get('/api/auth/me')).status).toBe(200);
    await admin
      .patch(`/api/users/${user.id}`)
      .send({ password: 'a-new-long-passphrase' })
      .expect(200);
    expect((await victim.get('/api/auth/me')).status).toBe(401);
    const kept = await t.signIn(['coordinator']);
    await admin.patch(`/api/users/${kept.user.id}`).send({ fullName: 'Renamed' }).expect(200);
    expect((await kept.agent.get('/api/auth/me')).status).toBe(200);
  });

  it('answers a disabled account exactly like a wrong password', async () => {
    const { user } = await t.signIn(['trainer']);
    await t.db.getRepository(UserEntity).update({ id: user.id }, { isActive: false });
    const login = async (password: string) => {
      const started = performance.now();
      const res = await t
        .http()
        .post('/api/auth/login')
        .set('Accept-Language', 'ar')
        .send({ email: user.email, password });
      return { res, ms: performance.now() - started };
    };
    const disabled = await login(TEST_PASSWORD);
    const wrong = await login('not-the-password');
    expect(disabled.res.status).toBe(wrong.res.status);
    expect(disabled.res.body).toEqual(wrong.res.body);
    expect(disabled.res.body.code).toBe('invalid_credentials');
    // Both verify the password (argon2, tens of ms): neither answers early.
    expect(disabled.ms).toBeGreaterThan(5);
    expect(wrong.ms).toBeGreaterThan(5);
  });
});
