import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Badge, parseBadgeToken, type SigningKeySet } from '@multaqa/contract';
import { createPublicKey, verify } from 'node:crypto';
import {
  approvedPeople,
  badgesByRegistration,
  eventWithSessions,
} from './support/attendance-fixtures.js';
import type { Agent } from './support/fixtures.js';
import { BadgesService } from '../src/badges/badges.service.js';
import { binary } from './support/binary.js';
import { normalise, PdfFile } from './support/pdf-tools.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/** Checks a token the way an offline scanner does: only with the published keys. */
function verifiesOffline(token: string, keys: SigningKeySet): boolean {
  const parsed = parseBadgeToken(token);
  const jwk = keys.keys.find((k) => k.kid === parsed?.payload.k);
  if (!parsed || !jwk) return false;
  const key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: jwk.x }, format: 'jwk' });
  return verify(null, Buffer.from(parsed.signedText, 'ascii'), key, parsed.signature);
}

describe('badges', () => {
  let t: TestApp;
  let admin: Agent;
  let coordinator: Agent;

  beforeAll(async () => {
    t = await createTestApp();
    admin = (await t.signIn(['admin'])).agent;
    coordinator = (await t.signIn(['coordinator'])).agent;
  });
  afterAll(() => t.close());

  it('issues one signed badge per approved registration and per staff member, once', async () => {
    const trainer = await t.signIn(['trainer']);
    const { event } = await eventWithSessions(coordinator, 1, [[trainer.user.id]]);
    const people = await approvedPeople(t, event.id, 3);
    const [first, second] = await Promise.all([
      coordinator.get(`/api/events/${event.id}/badges`),
      coordinator.get(`/api/events/${event.id}/badges`),
    ]);
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    const badges = (await coordinator.get(`/api/events/${event.id}/badges`)).body as Badge[];
    // 3 participants, the coordinator who created the event and the trainer.
    expect(badges).toHaveLength(5);
    expect(new Set(badges.map((b) => b.registrationId).filter(Boolean))).toEqual(
      new Set(people.map((p) => p.registrationId)),
    );
    expect(badges.filter((b) => b.userId).map((b) => b.userId)).toContain(trainer.user.id);
    const keys = (await t.http().get('/api/public/signing-keys').expect(200)).body as SigningKeySet;
    expect(keys.keys).toHaveLength(1);
    expect(keys.keys[0]).toMatchObject({
      kty: 'OKP',
      crv: 'Ed25519',
      alg: 'EdDSA',
      retiredAt: null,
    });
    for (const badge of badges) {
      expect(verifiesOffline(badge.token, keys)).toBe(true);
      const payload = parseBadgeToken(badge.token)!.payload;
      expect(payload).toMatchObject({ b: badge.id, e: event.id });
    }
    const forged = badges[0].token.slice(0, -3) + (badges[0].token.endsWith('A') ? 'BAA' : 'AAA');
    expect(verifiesOffline(forged, keys)).toBe(false);
    const stored: { private_key_encrypted: string }[] = await t.db.query(
      'SELECT private_key_encrypted FROM signing_keys',
    );
    expect(stored[0].private_key_encrypted).not.toMatch(/PRIVATE KEY/);
  });

  it('rotates the key: new badges use the new key, old ones still verify', async () => {
    const { event } = await eventWithSessions(coordinator, 1);
    const [person] = await approvedPeople(t, event.id, 1);
    const before = (await badgesByRegistration(coordinator, event.id)).get(person.registrationId)!;
    expect((await coordinator.post('/api/signing-keys/rotate')).status).toBe(403);
    const rotated = await admin.post('/api/signing-keys/rotate');
    expect(rotated.status).toBe(200);
    const keys = rotated.body as SigningKeySet;
    expect(keys.keys[0].retiredAt).toBeNull();
    expect(keys.keys.slice(1).every((k) => k.retiredAt !== null)).toBe(true);
    expect(keys.keys[0].kid).not.toBe(parseBadgeToken(before.token)!.payload.k);
    expect(verifiesOffline(before.token, keys)).toBe(true);
    const reissued = await coordinator
      .post(`/api/events/${event.id}/registrations/${person.registrationId}/badge`)
      .send({ reason: 'Lost at the hotel' });
    expect(reissued.status).toBe(201);
    expect(parseBadgeToken(reissued.body.token)!.payload.k).toBe(keys.keys[0].kid);
    const all = (await coordinator.get(`/api/events/${event.id}/badges`)).body as Badge[];
    const old = all.find((b) => b.id === before.id)!;
    expect(old).toMatchObject({
      revokedReason: 'Lost at the hotel',
      replacedById: reissued.body.id,
    });
    const revoked = await coordinator.get(`/api/events/${event.id}/badges/revoked`).expect(200);
    expect(revoked.body.revokedBadgeIds).toEqual([before.id]);
  });

  it('revokes the badge of a registration that is cancelled; only approved ones get a new one', async () => {
    const { event } = await eventWithSessions(coordinator, 1);
    const [person] = await approvedPeople(t, event.id, 1);
    const badge = (await badgesByRegistration(coordinator, event.id)).get(person.registrationId)!;
    await coordinator
      .post(`/api/events/${event.id}/registrations/${person.registrationId}/cancel`)
      .send({})
      .expect((res) => expect(res.status).toBeLessThan(300));
    const revoked = await coordinator.get(`/api/events/${event.id}/badges/revoked`).expect(200);
    expect(revoked.body.revokedBadgeIds).toContain(badge.id);
    const again = await coordinator
      .post(`/api/events/${event.id}/registrations/${person.registrationId}/badge`)
      .send({ reason: 'Reprint' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('badge_needs_approval');
  });

  it('revokes a staff badge when its holder leaves the event staff; back on it, a new one', async () => {
    const lead = await t.signIn(['coordinator']);
    const second = await t.signIn(['coordinator']);
    const trainer = await t.signIn(['trainer']);
    const door = await t.signIn(['door_staff']);
    const { event, sessions } = await eventWithSessions(lead.agent, 1, [[trainer.user.id]]);
    const [session] = sessions;
    await lead.agent
      .patch(`/api/events/${event.id}`)
      .send({ coordinatorIds: [lead.user.id, second.user.id] })
      .expect(200);
    await lead.agent
      .put(`/api/events/${event.id}/door-staff`)
      .send({ userIds: [door.user.id] })
      .expect(200);
    const staffBadges = async () => {
      const all = (await lead.agent.get(`/api/events/${event.id}/badges`).expect(200))
        .body as Badge[];
      return all.filter((b) => b.userId);
    };
    const current = (badges: Badge[], userId: string) =>
      badges.filter((b) => b.userId === userId && !b.revokedAt);
    const before = await staffBadges();
    const removed = [second, trainer, door].map(({ user }) => current(before, user.id)[0]?.id);
    expect(removed.every(Boolean)).toBe(true);
    const leadBadge = current(before, lead.user.id)[0];

    // Each leaves by the way their place is edited: coordinators, session speakers, door staff.
    await lead.agent
      .patch(`/api/events/${event.id}`)
      .send({ coordinatorIds: [lead.user.id] })
      .expect(200);
    await lead.agent
      .patch(`/api/events/${event.id}/sessions/${session.id}`)
      .send({ speakers: [], allowConflicts: true })
      .expect(200);
    await lead.agent.put(`/api/events/${event.id}/door-staff`).send({ userIds: [] }).expect(200);

    const list = await lead.agent.get(`/api/events/${event.id}/badges/revoked`).expect(200);
    expect([...list.body.revokedBadgeIds].sort()).toEqual([...removed].sort());
    // The scanner's kit carries the same list to the door.
    const kit = await lead.agent
      .get(`/api/events/${event.id}/sessions/${session.id}/scanner-kit`)
      .expect(200);
    expect([...kit.body.revokedBadgeIds].sort()).toEqual([...removed].sort());
    const after = await staffBadges();
    for (const [index, { user }] of [second, trainer, door].entries()) {
      expect(current(after, user.id)).toEqual([]);
      expect(after.find((b) => b.id === removed[index])).toMatchObject({
        revokedReason: 'staff_removed',
      });
    }
    // Whoever stays keeps the badge they have.
    expect(current(after, lead.user.id).map((b) => b.id)).toEqual([leadBadge.id]);

    // Back on the door staff: a new badge, the old one stays refused.
    await lead.agent
      .put(`/api/events/${event.id}/door-staff`)
      .send({ userIds: [door.user.id] })
      .expect(200);
    const back = current(await staffBadges(), door.user.id);
    expect(back).toHaveLength(1);
    expect(back[0].id).not.toBe(removed[2]);
    const again = await lead.agent.get(`/api/events/${event.id}/badges/revoked`).expect(200);
    expect(again.body.revokedBadgeIds).toContain(removed[2]);
    expect(again.body.revokedBadgeIds).not.toContain(back[0].id);
  });

  it('revokes the badge of a speaker whose only session is deleted', async () => {
    const trainer = await t.signIn(['trainer']);
    const { event, sessions } = await eventWithSessions(coordinator, 2, [[trainer.user.id]]);
    const badges = (await coordinator.get(`/api/events/${event.id}/badges`).expect(200))
      .body as Badge[];
    const badge = badges.find((b) => b.userId === trainer.user.id && !b.revokedAt)!;
    await coordinator.delete(`/api/events/${event.id}/sessions/${sessions[0].id}`).expect(204);
    const revoked = await coordinator.get(`/api/events/${event.id}/badges/revoked`).expect(200);
    expect(revoked.body.revokedBadgeIds).toEqual([badge.id]);
  });

  it('shows badges only to the event’s staff', async () => {
    const { event } = await eventWithSessions(coordinator, 1);
    const other = (await t.signIn(['coordinator'])).agent;
    expect((await other.get(`/api/events/${event.id}/badges`)).status).toBe(404);
    expect((await other.get(`/api/events/${event.id}/badges/revoked`)).status).toBe(404);
    const participant = (await t.signIn(['participant'])).agent;
    expect((await participant.get(`/api/events/${event.id}/badges`)).status).toBe(403);
  });

  it('prints the chosen badges as a PDF whose QR codes are their signed tokens', async () => {
    const { event } = await eventWithSessions(coordinator, 1);
    const people = await approvedPeople(t, event.id, 3, (i) => ({
      ar: `حسن ${i}`,
      latin: `Hassan ${i}`,
    }));
    const chosen = [people[0], people[2]];
    const badges = await badgesByRegistration(coordinator, event.id);
    const sheet = await coordinator
      .get(`/api/events/${event.id}/badges.pdf`)
      .query({ layout: 'a6', registrationIds: chosen.map((p) => p.registrationId).join(',') })
      .set('Accept-Language', 'ar')
      .buffer(true)
      .parse(binary as never)
      .expect(200);
    expect(sheet.headers['content-type']).toBe('application/pdf');
    const pdf = new PdfFile(sheet.body as Buffer);
    expect(pdf.pages()).toBe(2);
    expect(normalise(pdf.text())).toContain('حسن 0');
    expect(normalise(pdf.text())).not.toContain('Hassan 1');
    expect([...pdf.qrCodes(1), ...pdf.qrCodes(2)].sort()).toEqual(
      chosen.map((p) => badges.get(p.registrationId)!.token).sort(),
    );
    // Nobody to print, a wrong layout, or someone who is not the event's staff.
    const other = await eventWithSessions(coordinator, 1);
    const empty = await coordinator
      .get(`/api/events/${other.event.id}/badges.pdf`)
      .set('Accept-Language', 'en');
    expect(empty.status).toBe(422);
    expect(empty.body.detail).toMatch(/approve registrations first/);
    await coordinator.get(`/api/events/${event.id}/badges.pdf?layout=poster`).expect(400);
    const participant = await t.signIn(['participant']);
    await participant.agent.get(`/api/events/${event.id}/badges.pdf`).expect(403);
  });

  it('assembles the cards a badge sheet prints, in the reader’s language', async () => {
    const trainer = await t.signIn(['trainer']);
    const { event } = await eventWithSessions(coordinator, 1, [[trainer.user.id]]);
    const [person] = await approvedPeople(t, event.id, 2, (i) => ({
      ar: `فاطمة ${i}`,
      latin: `Fatima ${i}`,
    }));
    const [admin] = await t.db.query(
      `SELECT id, email, full_name, roles FROM users WHERE 'admin' = ANY(roles) LIMIT 1`,
    );
    const user = {
      id: admin.id,
      email: admin.email,
      fullName: admin.full_name,
      roles: admin.roles,
      preferredLanguage: 'en' as const,
      sessionId: '',
    };
    const cards = await t.app.get(BadgesService).cardsFor(event.id, user, {
      registrationIds: [person.registrationId],
      includeStaff: true,
      language: 'ar',
    });
    expect(cards[0]).toMatchObject({
      fullNameAr: 'فاطمة 0',
      fullNameLatin: 'Fatima 0',
      country: 'الصومال',
      role: 'مشارك',
      roleKind: 'participant',
      eventTitle: 'تدريب مقديشو',
    });
    expect(cards[0].eventDates).toMatch(/2020/);
    expect(cards[0].token).toMatch(/^MQB1\./);
    const staff = cards.slice(1);
    expect(staff.map((c) => c.role).sort()).toEqual(['مدرّب', 'منسّق']);
  });
});
