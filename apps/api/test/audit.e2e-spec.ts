import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { AuditEntry, Event, TrainingPackage } from '@multaqa/contract';
import { actingAs } from '../src/audit/audit-context.js';
import { ParticipantEntity } from '../src/participants/participant.entity.js';
import { type Agent, createEvent, publishedPackage, trainingInput } from './support/fixtures.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let counter = 0;
/** Random letters, so no two test people look like duplicates of each other. */
const letters = (alphabet: string, n = 8) =>
  Array.from({ length: n }, () => alphabet[Math.floor(Math.random() * alphabet.length)]).join('');
const official = (institutionId: string | null, overrides: Record<string, unknown> = {}) => {
  counter += 1;
  return {
    fullNameAr: `مسؤول ${letters('ابتثجحخدذرزسشصضطظعغفقكلمنهوي')}`,
    fullNameLatin: `Official ${letters('abcdefghijklmnopqrstuvwxyz')}`,
    gender: 'female',
    nationality: 'SO',
    institutionId,
    position: 'Analyst',
    email: `official-${counter}-${Date.now()}@example.org`,
    preferredLanguage: 'ar',
    ...overrides,
  };
};

describe('audit log', () => {
  let t: TestApp;
  let admin: Agent;
  let coordinator: Agent;
  let coordinatorId: string;
  let pkg: TrainingPackage;
  const ministries: string[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    admin = (await t.signIn(['admin'])).agent;
    const signedIn = await t.signIn(['coordinator']);
    coordinator = signedIn.agent;
    coordinatorId = signedIn.user.id;
    pkg = await publishedPackage(coordinator);
    for (const name of ['Interior', 'Defence']) {
      const res = await coordinator
        .post('/api/institutions')
        .send({
          name: { en: `Ministry of ${name} ${Date.now()}` },
          kind: 'ministry',
          countryCode: 'SO',
        })
        .expect(201);
      ministries.push(res.body.id as string);
    }
  });
  afterAll(() => t.close());

  const history = async (path: string, query: Record<string, number> = {}) => {
    const res = await admin.get(path).query(query).expect(200);
    return res.body as { items: AuditEntry[]; total: number; page: number; pageSize: number };
  };

  it("records a coordinator's edit of a person: who, which record, the fields before and after", async () => {
    const created = await coordinator.post('/api/participants').send(official(ministries[0]));
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    await coordinator
      .patch(`/api/participants/${id}`)
      .send({ institutionId: ministries[1], position: 'Director' })
      .expect(200);

    const page = await history(`/api/participants/${id}/history`);
    expect(page.total).toBe(2);
    const [update, insert] = page.items;
    expect(update).toMatchObject({
      actor: { id: coordinatorId },
      entityType: 'participants',
      entityId: id,
      participantId: id,
      action: 'update',
      before: { institution_id: ministries[0], position: 'Analyst' },
      after: { institution_id: ministries[1], position: 'Director' },
    });
    // Only what changed, not the whole row again.
    expect(Object.keys(update.after!).sort()).toEqual(['institution_id', 'position']);
    expect(insert).toMatchObject({ action: 'insert', actor: { id: coordinatorId }, before: null });
    expect(insert.after).toMatchObject({ id, institution_id: ministries[0] });
    expect(Date.parse(update.at)).toBeGreaterThanOrEqual(Date.parse(insert.at));
  });

  it('writes the entry in the same transaction: a change that rolls back leaves none', async () => {
    const created = await coordinator.post('/api/participants').send(official(null));
    const id = created.body.id as string;
    const count = async () =>
      (
        (await t.db.query('SELECT count(*)::int AS n FROM audit_log WHERE participant_id = $1', [
          id,
        ])) as { n: number }[]
      )[0].n;
    const before = await count();
    await expect(
      actingAs(coordinatorId, () =>
        t.db.transaction(async (tx) => {
          await tx.getRepository(ParticipantEntity).update({ id }, { position: 'Rolled back' });
          throw new Error('a later step fails');
        }),
      ),
    ).rejects.toThrow('a later step fails');
    expect(await count()).toBe(before);

    // A refused edit through the API (email taken by someone else) leaves none either.
    const other = await coordinator.post('/api/participants').send(official(null));
    const clash = await coordinator
      .patch(`/api/participants/${id}`)
      .send({ email: other.body.email, position: 'Clash' });
    expect(clash.status).toBe(409);
    expect(await count()).toBe(before);
  });

  it("records an event's changes, its registrations and who made them, page by page", async () => {
    const event = await createEvent(coordinator, trainingInput(pkg.id, { capacity: 5 }));
    await coordinator.patch(`/api/events/${event.id}`).send({ capacity: 7 }).expect(200);
    await coordinator
      .put(`/api/events/${event.id}/quotas`)
      .send({ quotas: [{ scope: 'institution', institutionId: ministries[0], capacity: 2 }] })
      .expect(200);

    const all = await history(`/api/events/${event.id}/history`, { pageSize: 100 });
    const capacityChange = all.items.find(
      (e) => e.entityType === 'events' && e.action === 'update' && e.after?.capacity === 7,
    );
    expect(capacityChange).toMatchObject({
      actor: { id: coordinatorId },
      eventId: event.id,
      before: { capacity: 5 },
    });
    expect(
      all.items.some((e) => e.entityType === 'registration_quotas' && e.action === 'insert'),
    ).toBe(true);
    expect(all.items.every((e) => e.eventId === event.id)).toBe(true);

    const first = await history(`/api/events/${event.id}/history`, { pageSize: 1, page: 1 });
    const second = await history(`/api/events/${event.id}/history`, { pageSize: 1, page: 2 });
    expect(first.total).toBe(all.total);
    expect(first.items[0].id).toBe(all.items[0].id);
    expect(second.items[0].id).toBe(all.items[1].id);
  });

  it('records staff writes made outside an entity save, and never copies a password hash', async () => {
    const res = await admin
      .post('/api/users')
      .send({
        email: `trainer-${Date.now()}@example.org`,
        fullName: 'Omar Farah',
        password: 'a-long-password',
        roles: ['trainer'],
        preferredLanguage: 'fr',
      })
      .expect(201);
    const [row] = (await t.db.query(
      `SELECT actor_id, after FROM audit_log WHERE entity_type = 'users' AND entity_id = $1`,
      [res.body.id],
    )) as { actor_id: string | null; after: Record<string, unknown> }[];
    expect(row.actor_id).not.toBeNull();
    expect(row.after).toMatchObject({ email: res.body.email });
    expect(row.after).not.toHaveProperty('password_hash');

    const event = await createEvent(coordinator, trainingInput(pkg.id));
    const code = await coordinator
      .post(`/api/events/${event.id}/invitation-codes`)
      .send({ maxUses: 5 });
    expect(code.status).toBe(201);
    await coordinator
      .post(`/api/events/${event.id}/invitation-codes/${code.body.id}/revoke`)
      .expect(200);
    const revoked = (
      await history(`/api/events/${event.id}/history`, { pageSize: 100 })
    ).items.find((e) => e.entityType === 'invitation_codes' && e.action === 'update');
    expect(revoked).toMatchObject({ actor: { id: coordinatorId }, before: { revoked_at: null } });
  });

  it('lets only admins read the history', async () => {
    const created = await coordinator.post('/api/participants').send(official(null));
    const event = await createEvent(coordinator, trainingInput(pkg.id));
    for (const path of [
      `/api/participants/${created.body.id}/history`,
      `/api/events/${event.id}/history`,
    ]) {
      expect((await coordinator.get(path)).status).toBe(403);
      expect((await t.http().get(path)).status).toBe(401);
    }
    const missing = await admin.get(`/api/events/${randomUUID()}/history`);
    expect(missing.status).toBe(404);
  });
});

describe('a registration keeps the person as they were when it was decided', () => {
  let t: TestApp;
  let admin: Agent;
  let coordinator: Agent;
  let event: Event;
  let ministryA: string;
  let ministryB: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = (await t.signIn(['admin'])).agent;
    coordinator = (await t.signIn(['coordinator'])).agent;
    const pkg = await publishedPackage(coordinator);
    const ministry = async (name: string) =>
      (
        await coordinator
          .post('/api/institutions')
          .send({ name: { en: `${name} ${Date.now()}` }, kind: 'ministry', countryCode: 'SO' })
          .expect(201)
      ).body.id as string;
    ministryA = await ministry('Ministry A');
    ministryB = await ministry('Ministry B');
    event = await createEvent(coordinator, trainingInput(pkg.id, { capacity: 10 }));
    await coordinator
      .put(`/api/events/${event.id}/registration-form`)
      .send({ approvalRequired: true })
      .expect(200);
    await coordinator
      .put(`/api/events/${event.id}/quotas`)
      .send({
        quotas: [
          { scope: 'institution', institutionId: ministryA, capacity: 1 },
          { scope: 'country', countryCode: 'SO', capacity: 1 },
        ],
      })
      .expect(200);
  });
  afterAll(() => t.close());

  const addAndApprove = async (institutionId: string, nationality = 'SO') => {
    const res = await coordinator
      .post(`/api/events/${event.id}/registrations`)
      .send({ participant: official(institutionId, { nationality }), answers: {} });
    expect(res.status).toBe(201);
    const bulk = await coordinator
      .post(`/api/events/${event.id}/registrations/bulk`)
      .send({ action: 'approve', registrationIds: [res.body.id] })
      .expect(200);
    return {
      registration: res.body as { id: string; participant: { id: string } },
      bulk: bulk.body,
    };
  };

  it('leaves quota counts and the snapshot alone when the person is edited after approval', async () => {
    const { registration } = await addAndApprove(ministryA);
    const quotasBefore = (await coordinator.get(`/api/events/${event.id}/quotas`).expect(200)).body;

    await admin
      .patch(`/api/participants/${registration.participant.id}`)
      .send({ institutionId: ministryB, nationality: 'DJ', gender: 'male' })
      .expect(200);

    const quotasAfter = (await coordinator.get(`/api/events/${event.id}/quotas`).expect(200)).body;
    expect(quotasAfter).toEqual(quotasBefore);
    const [snapshot] = (await t.db.query(
      `SELECT decided_institution_id, decided_country_code, decided_gender, decided_at
         FROM registrations WHERE id = $1`,
      [registration.id],
    )) as Record<string, unknown>[];
    expect(snapshot).toMatchObject({
      decided_institution_id: ministryA,
      decided_country_code: 'SO',
      decided_gender: 'female',
    });
    expect(snapshot.decided_at).not.toBeNull();

    // Ministry A's and Somalia's places stay taken: the next Somali from A cannot be approved.
    const next = await addAndApprove(ministryA);
    expect(next.bulk.updated).toEqual([]);
    expect(next.bulk.skipped[0].code).toBe('institution_quota_full');
  });

  it('the migration fills the snapshot in for registrations decided before it', async () => {
    const { registration, bulk } = await addAndApprove(ministryB, 'KE');
    expect(bulk.updated).toEqual([registration.id]);
    // Back to the schema before the snapshot existed, with this decided registration in it.
    await t.db.undoLastMigration();
    await t.db.runMigrations();
    const [row] = (await t.db.query(
      `SELECT r.decided_institution_id, r.decided_country_code, r.decided_gender, r.decided_at,
              p.institution_id, p.nationality, p.gender
         FROM registrations r JOIN participants p ON p.id = r.participant_id WHERE r.id = $1`,
      [registration.id],
    )) as Record<string, unknown>[];
    expect(row.decided_at).not.toBeNull();
    expect(row).toMatchObject({
      decided_institution_id: row.institution_id,
      decided_country_code: row.nationality,
      decided_gender: row.gender,
    });
  });
});
