import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, type TestApp } from './support/test-app.js';

describe('users (admin)', () => {
  let t: TestApp;
  let admin: Awaited<ReturnType<TestApp['signIn']>>['agent'];
  beforeAll(async () => {
    t = await createTestApp();
    admin = (await t.signIn(['admin'])).agent;
  });
  afterAll(() => t.close());

  const newUser = (email: string) => ({
    email,
    fullName: 'Fatima Nur',
    password: 'a-long-password',
    roles: ['coordinator'],
    preferredLanguage: 'ar',
  });

  it('lets an admin create a user who can then sign in', async () => {
    const res = await admin.post('/api/users').send(newUser('Fatima@Example.org'));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      email: 'fatima@example.org',
      roles: ['coordinator'],
      isActive: true,
    });
    await t
      .http()
      .post('/api/auth/login')
      .send({ email: 'fatima@example.org', password: 'a-long-password' })
      .expect(200);
  });

  it('answers 409 email_taken for an email already in use, whatever its case', async () => {
    await admin.post('/api/users').send(newUser('dup@example.org')).expect(201);
    const res = await admin
      .post('/api/users')
      .set('Accept-Language', 'en')
      .send(newUser('DUP@example.org'));
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({
      code: 'email_taken',
      detail: 'A user with the email dup@example.org already exists.',
    });
  });

  it('creates one user when the same email is submitted twice at once', async () => {
    const results = await Promise.all(
      [1, 2, 3].map(() => admin.post('/api/users').send(newUser('race@example.org'))),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409]);
  });

  it('validates with field paths', async () => {
    const res = await admin
      .post('/api/users')
      .set('Accept-Language', 'fr')
      .send({ ...newUser('x@y.org'), password: 'short', roles: [] });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual(
      expect.arrayContaining([
        { path: 'password', code: 'too_short', message: 'Saisissez au moins 10 caractères.' },
        {
          path: 'roles',
          code: 'roles_required',
          message: "Attribuez au moins un rôle à l'utilisateur.",
        },
      ]),
    );
  });

  it('changes roles and disables an account', async () => {
    const created = await admin.post('/api/users').send(newUser('change@example.org')).expect(201);
    const res = await admin
      .patch(`/api/users/${created.body.id}`)
      .send({ roles: ['trainer', 'coordinator'], isActive: false });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ roles: ['trainer', 'coordinator'], isActive: false });
    await t
      .http()
      .post('/api/auth/login')
      .send({ email: 'change@example.org', password: 'a-long-password' })
      .expect(401);
  });

  it('lists with search, role filter and pagination', async () => {
    await admin
      .post('/api/users')
      .send({ ...newUser('zz-search@example.org'), fullName: 'Zainab Searchable' })
      .expect(201);
    const found = await admin.get('/api/users').query({ q: 'searchable' });
    expect(found.body.items.map((u: { email: string }) => u.email)).toEqual([
      'zz-search@example.org',
    ]);
    const admins = await admin.get('/api/users').query({ role: 'admin' });
    expect(admins.body.items.every((u: { roles: string[] }) => u.roles.includes('admin'))).toBe(
      true,
    );
    const page = await admin.get('/api/users').query({ pageSize: 2, page: 1, sort: 'email' });
    expect(page.body.items).toHaveLength(2);
    expect(page.body.total).toBeGreaterThan(2);
  });

  it('answers 404 for an unknown user', async () => {
    const res = await admin
      .patch('/api/users/00000000-0000-4000-8000-000000000000')
      .send({ fullName: 'Nobody here' });
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('not_found');
  });

  it.each([['coordinator'], ['trainer'], ['participant']] as const)(
    'refuses a %s (403)',
    async (role) => {
      const { agent } = await t.signIn([role]);
      expect((await agent.get('/api/users')).status).toBe(403);
      expect((await agent.post('/api/users').send(newUser(`${role}-try@example.org`))).status).toBe(
        403,
      );
    },
  );

  it('lets coordinators pick staff by name, without emails, and never participants', async () => {
    const { agent: coordinator } = await t.signIn(['coordinator']);
    const trainer = await admin
      .post('/api/users')
      .send({
        ...newUser('staff-trainer@example.org'),
        fullName: 'Amina Staffpick',
        roles: ['trainer'],
      })
      .expect(201);
    await admin
      .post('/api/users')
      .send({
        ...newUser('staff-part@example.org'),
        fullName: 'Omar Staffpick',
        roles: ['participant'],
      })
      .expect(201);
    const gone = await admin
      .post('/api/users')
      .send({
        ...newUser('staff-gone@example.org'),
        fullName: 'Hodan Staffpick',
        roles: ['trainer'],
      })
      .expect(201);
    await admin.patch(`/api/users/${gone.body.id}`).send({ isActive: false }).expect(200);

    const res = await coordinator.get('/api/users/staff').query({ q: 'staffpick' }).expect(200);
    expect(res.body).toEqual([
      { id: trainer.body.id, fullName: 'Amina Staffpick', roles: ['trainer'] },
    ]);
    const coordinators = await coordinator
      .get('/api/users/staff')
      .query({ role: 'coordinator', q: 'staffpick' });
    expect(coordinators.body).toEqual([]);
    const bad = await coordinator.get('/api/users/staff').query({ role: 'participant' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toBe('role');
    const { agent: trainerAgent } = await t.signIn(['trainer']);
    expect((await trainerAgent.get('/api/users/staff')).status).toBe(403);
  });

  it('refuses an anonymous caller (401)', async () => {
    expect((await t.http().get('/api/users')).status).toBe(401);
  });
});
