import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { UserEntity } from '../src/users/user.entity.js';
import { createTestApp, TEST_PASSWORD, type TestApp } from './support/test-app.js';

describe('accounts: sign in, sign out, me', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('signs in with a session cookie that is httpOnly and SameSite', async () => {
    const { user } = await t.signIn(['coordinator']);
    const res = await t
      .http()
      .post('/api/auth/login')
      .send({ email: user.email.toUpperCase(), password: TEST_PASSWORD });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ email: user.email, roles: ['coordinator'] });
    expect(res.body.passwordHash).toBeUndefined();
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/multaqa_session=[\w-]{40,}/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
  });

  it('refuses a wrong password and an unknown email alike, in the caller’s language', async () => {
    const { user } = await t.signIn(['participant']);
    const wrong = await t
      .http()
      .post('/api/auth/login')
      .set('Accept-Language', 'ar')
      .send({ email: user.email, password: 'nope-nope-nope' });
    const unknown = await t
      .http()
      .post('/api/auth/login')
      .set('Accept-Language', 'fr')
      .send({ email: 'nobody@x.org', password: 'nope-nope-nope' });
    expect(wrong.status).toBe(401);
    expect(wrong.body).toMatchObject({
      code: 'invalid_credentials',
      detail: 'البريد الإلكتروني أو كلمة المرور غير صحيحة.',
    });
    expect(unknown.status).toBe(401);
    expect(unknown.body).toMatchObject({
      code: 'invalid_credentials',
      detail: "L'adresse e-mail ou le mot de passe est incorrect.",
    });
    expect(wrong.headers['set-cookie']).toBeUndefined();
  });

  it('validates the sign-in form with field paths', async () => {
    const res = await t.http().post('/api/auth/login').send({ email: 'not-an-email' });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('validation_failed');
    expect(res.body.errors).toEqual([
      {
        path: 'email',
        code: 'invalid_email',
        message: 'Enter a valid email address, such as name@example.org.',
      },
      { path: 'password', code: 'required', message: 'This field is required.' },
    ]);
  });

  it('answers /me for a session and 401 without one', async () => {
    const { agent, user } = await t.signIn(['trainer']);
    const me = await agent.get('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body.id).toBe(user.id);
    const anonymous = await t.http().get('/api/auth/me');
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.code).toBe('unauthenticated');
  });

  it('uses the user’s preferred language when the request names none', async () => {
    const { agent } = await t.signIn(['participant']);
    await agent.patch('/api/auth/me').send({ preferredLanguage: 'fr' }).expect(200);
    const res = await agent.get('/api/users');
    expect(res.status).toBe(403);
    expect(res.body.detail).toBe('Votre rôle ne permet pas cette action.');
  });

  it('ends the session on sign-out', async () => {
    const { agent } = await t.signIn(['coordinator']);
    await agent.post('/api/auth/logout').expect(204);
    const res = await agent.get('/api/auth/me');
    expect(res.status).toBe(401);
  });

  it('refuses a disabled account like a wrong password, and ends its open sessions', async () => {
    const { agent, user } = await t.signIn(['trainer']);
    await t.db.getRepository(UserEntity).update({ id: user.id }, { isActive: false });
    expect((await agent.get('/api/auth/me')).status).toBe(401);
    const res = await t
      .http()
      .post('/api/auth/login')
      .send({ email: user.email, password: TEST_PASSWORD });
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('invalid_credentials');
  });

  it('does not accept a forged session cookie', async () => {
    const res = await t
      .http()
      .get('/api/auth/me')
      .set('Cookie', 'multaqa_session=forged-token-value');
    expect(res.status).toBe(401);
  });
});

describe('sign-in rate limit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ LOGIN_RATE_LIMIT: '3', LOGIN_RATE_WINDOW_SECONDS: '60' });
  });
  afterAll(() => t.close());

  it('answers 429 rate_limited after too many failed attempts for one email', async () => {
    const attempt = () =>
      t
        .http()
        .post('/api/auth/login')
        .set('Accept-Language', 'en')
        .send({ email: 'x@y.org', password: 'wrong-password' });
    const statuses = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await attempt()).status);
    expect(statuses).toEqual([401, 401, 401, 429]);
    const limited = await attempt();
    expect(limited.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(limited.body).toMatchObject({
      code: 'rate_limited',
      detail: expect.stringMatching(/^Too many attempts\. Wait \d+ seconds and try again\.$/),
    });
  });
});
