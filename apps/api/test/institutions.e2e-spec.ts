import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Agent } from './support/fixtures.js';
import { createTestApp, type TestApp } from './support/test-app.js';

describe('institutions and countries', () => {
  let t: TestApp;
  let coordinator: Agent;
  let trainer: Agent;

  beforeAll(async () => {
    t = await createTestApp();
    coordinator = (await t.signIn(['coordinator'])).agent;
    trainer = (await t.signIn(['trainer'])).agent;
  });
  afterAll(() => t.close());

  const ministry = (ar: string, en: string, countryCode = 'SO') => ({
    name: { ar, en },
    kind: 'ministry',
    countryCode,
  });

  it('lists ISO countries with names in three languages', async () => {
    const res = await trainer.get('/api/countries').expect(200);
    expect(res.body.length).toBeGreaterThan(240);
    expect(res.body.find((c: { code: string }) => c.code === 'SO')).toEqual({
      code: 'SO',
      name: { ar: 'الصومال', en: 'Somalia', fr: 'Somalie' },
    });
  });

  it('creates an institution and refuses the same name in the same country, however it is spelled', async () => {
    await coordinator
      .post('/api/institutions')
      .send(ministry('وزارة الإعلام', 'Ministry of Information'))
      .expect(201);
    const arabicVariant = await coordinator
      .post('/api/institutions')
      .set('Accept-Language', 'en')
      .send(ministry('وزاره الاعلام', 'Information Ministry'));
    expect(arabicVariant.status).toBe(409);
    expect(arabicVariant.body).toMatchObject({
      code: 'institution_name_taken',
      detail: 'An institution named “وزارة الإعلام” already exists in Somalia.',
    });
    const latinVariant = await coordinator
      .post('/api/institutions')
      .send(ministry('وزارة أخرى', '  ministry of INFORMATION '));
    expect(latinVariant.status).toBe(409);
    await coordinator
      .post('/api/institutions')
      .send(ministry('وزارة الإعلام', 'Ministry of Information', 'NE'))
      .expect(201);
  });

  it('creates one institution when the same one is entered twice at once', async () => {
    const input = ministry('وزارة الدفاع', `Ministry of Defence ${Date.now()}`);
    const results = await Promise.all(
      [1, 2, 3].map(() => coordinator.post('/api/institutions').send(input)),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409]);
  });

  it('checks the country and the parent', async () => {
    const country = await coordinator
      .post('/api/institutions')
      .send(ministry('وزارة', 'Nowhere ministry', 'ZZ'));
    expect(country.status).toBe(422);
    expect(country.body.errors[0]).toMatchObject({ path: 'countryCode', code: 'unknown_country' });
    const parent = await coordinator
      .post('/api/institutions')
      .send(ministry('أ', 'Parent agency', 'DJ'))
      .expect(201);
    const child = await coordinator
      .post('/api/institutions')
      .send({
        ...ministry('ب', 'Child directorate', 'DJ'),
        kind: 'agency',
        parentId: parent.body.id,
      })
      .expect(201);
    expect(child.body.parent).toMatchObject({ id: parent.body.id });
    const cycle = await coordinator
      .patch(`/api/institutions/${parent.body.id}`)
      .send({ parentId: child.body.id });
    expect(cycle.status).toBe(422);
    expect(cycle.body.errors[0]).toMatchObject({ path: 'parentId', code: 'parent_cycle' });
  });

  it('searches, filters and pages', async () => {
    const marker = `Inst${Date.now()}`;
    for (const name of ['Alpha', 'Bravo', 'Charlie']) {
      await coordinator
        .post('/api/institutions')
        .send({ name: { en: `${marker} ${name}` }, kind: 'university', countryCode: 'SA' })
        .expect(201);
    }
    const res = await trainer.get('/api/institutions').query({
      q: marker.toLowerCase(),
      countryCode: 'SA',
      kind: 'university',
      pageSize: 2,
      page: 2,
    });
    expect(res.body).toMatchObject({ total: 3, page: 2 });
    expect(res.body.items.map((i: { name: { en: string } }) => i.name.en)).toEqual([
      `${marker} Charlie`,
    ]);
  });

  it('lets trainers read but not write', async () => {
    expect(
      (await trainer.post('/api/institutions').send(ministry('و', 'Trainer ministry'))).status,
    ).toBe(403);
  });
});
