import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Institution, PublicRegistrationInput, Registration } from '@multaqa/contract';
import { type Agent, openEvent, publishedPackage } from './support/fixtures.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/** The public form's institution picker, and the institution a person picks on it. */
describe('institutions on the public registration form', () => {
  let t: TestApp;
  let coordinator: Agent;
  let packageId: string;
  let ministry: Institution;
  let department: Institution;
  let kenyan: Institution;

  const create = async (name: string, countryCode: string, parentId?: string) =>
    (
      await coordinator
        .post('/api/institutions')
        .send({ name: { en: name }, kind: 'ministry', countryCode, parentId })
        .expect(201)
    ).body as Institution;

  beforeAll(async () => {
    t = await createTestApp();
    coordinator = (await t.signIn(['coordinator'])).agent;
    packageId = (await publishedPackage(coordinator)).id;
    ministry = await create('Ministry of Health', 'SO');
    department = await create('Department of Primary Care', 'SO', ministry.id);
    kenyan = await create('Ministry of Health Kenya', 'KE');
  });
  afterAll(() => t.close());

  it("lists one country's institutions to anyone, with nothing but id, name, parent and country", async () => {
    const res = await t.http().get('/api/public/institutions?country=so').expect(200);
    expect(res.body).toEqual([
      {
        id: department.id,
        name: { en: department.name.en },
        parentId: ministry.id,
        countryCode: 'SO',
      },
      { id: ministry.id, name: { en: ministry.name.en }, parentId: null, countryCode: 'SO' },
    ]);
    expect(res.headers['cache-control']).toContain('public');
    const searched = await t
      .http()
      .get('/api/public/institutions?country=SO&q=primary')
      .expect(200);
    expect(searched.body.map((i: { id: string }) => i.id)).toEqual([department.id]);
    const ke = await t.http().get('/api/public/institutions?country=KE').expect(200);
    expect(ke.body.map((i: { id: string }) => i.id)).toEqual([kenyan.id]);
    expect((await t.http().get('/api/public/institutions')).status).toBe(400);
  });

  it('registers the picked institution, counts it in its quota, and keeps a name not listed', async () => {
    const event = await openEvent(coordinator, packageId, {
      capacity: 10,
      quotas: [{ scope: 'institution', institutionId: ministry.id, capacity: 1 }],
    });
    const person = (
      n: number,
      extra: Partial<PublicRegistrationInput>,
    ): PublicRegistrationInput => ({
      fullNameLatin: `Picker ${n}`,
      gender: 'male',
      nationality: 'SO',
      email: `picker-${n}-${Date.now()}@example.org`,
      preferredLanguage: 'ar',
      submissionId: randomUUID(),
      answers: {},
      ...extra,
    });
    const submit = (input: PublicRegistrationInput) =>
      t.http().post(`/api/public/events/${event.id}/registrations`).send(input).expect(202);
    await submit(person(1, { institutionId: ministry.id }));
    await submit(person(2, { institutionId: ministry.id }));
    await submit(person(3, { proposedInstitution: 'Banadir Regional Hospital' }));
    await t.decided(event.id);

    const res = await coordinator.get(`/api/events/${event.id}/registrations`).expect(200);
    const byName = new Map(
      (res.body.items as Registration[]).map((r) => [r.participant.fullNameLatin, r]),
    );
    expect(byName.get('Picker 1')).toMatchObject({
      status: 'approved',
      participant: { institution: { id: ministry.id } },
      proposedInstitution: null,
    });
    // The ministry's one place is taken: the second person of the ministry waits.
    expect(byName.get('Picker 2')).toMatchObject({ status: 'waitlisted' });
    expect(byName.get('Picker 3')).toMatchObject({
      status: 'approved',
      participant: { institution: null },
      proposedInstitution: 'Banadir Regional Hospital',
    });
    const quotas = await coordinator.get(`/api/events/${event.id}/quotas`).expect(200);
    expect(quotas.body.quotas[0]).toMatchObject({ approved: 1, waitlisted: 1 });
  });

  it('gives a known record without an institution the one picked, and leaves a set one alone', async () => {
    const event = await openEvent(coordinator, packageId, { capacity: 10 });
    const known = async (n: number, institutionId: string | null) =>
      (
        await coordinator
          .post('/api/participants')
          .send({
            fullNameLatin: `Known ${n} ${Date.now()}`,
            gender: 'female',
            nationality: 'SO',
            institutionId,
            email: `known-${n}-${Date.now()}@example.org`,
          })
          .expect(201)
      ).body as { id: string; email: string };
    const blank = await known(1, null);
    const set = await known(2, kenyan.id);
    for (const person of [blank, set]) {
      await t
        .http()
        .post(`/api/public/events/${event.id}/registrations`)
        .send({
          fullNameLatin: 'As typed',
          gender: 'female',
          nationality: 'SO',
          email: person.email,
          institutionId: department.id,
          preferredLanguage: 'en',
          submissionId: randomUUID(),
          answers: {},
        })
        .expect(202);
    }
    await t.decided(event.id);
    const res = await coordinator.get(`/api/events/${event.id}/registrations`).expect(200);
    const institutionOf = (id: string) =>
      (res.body.items as Registration[]).find((r) => r.participant.id === id)?.participant
        .institution?.id;
    expect(institutionOf(blank.id)).toBe(department.id);
    expect(institutionOf(set.id)).toBe(kenyan.id);
  });
});
