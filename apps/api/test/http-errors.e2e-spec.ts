import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, type TestApp } from './support/test-app.js';

describe('HTTP errors and infrastructure', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('answers an unknown route with a 404 problem in the caller’s language', async () => {
    const res = await t
      .http()
      .get('/api/no-such-thing?x=1')
      .set('Accept-Language', 'fr-FR,fr;q=0.9');
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({
      status: 404,
      code: 'route_not_found',
      detail: "Il n'existe pas de point d'accès GET /api/no-such-thing.",
    });
  });

  it('answers malformed JSON with 400 malformed_json, not 500', async () => {
    const res = await t
      .http()
      .post('/api/auth/login')
      .set('Content-Type', 'application/json')
      .set('Accept-Language', 'ar')
      .send('{"email": ');
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('malformed_json');
    expect(res.body.detail).toMatch(/^نص الطلب ليس JSON صالحًا/);
  });

  it('rejects fields the schema does not know, naming them', async () => {
    const res = await t
      .http()
      .post('/api/auth/login')
      .send({ email: 'a@b.org', password: 'x', isAdmin: true });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      { path: '', code: 'unknown_fields', message: 'These fields are not accepted: isAdmin.' },
    ]);
  });

  it('reports the database in /api/health', async () => {
    const res = await t.http().get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body.info.database.status).toBe('up');
  });

  it('serves the OpenAPI document with every route and the contract schemas', async () => {
    const res = await t.http().get('/api/docs-json');
    expect(res.status).toBe(200);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/auth/login',
        '/api/users',
        '/api/training-packages/{id}/publish',
      ]),
    );
    expect(res.body.components.schemas.CreateTrainingPackage.properties.modules).toBeDefined();
  });

  it('sets security headers', async () => {
    const res = await t.http().get('/api/health');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
  });
});
