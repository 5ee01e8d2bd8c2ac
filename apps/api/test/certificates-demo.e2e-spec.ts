import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Certificate, Eligibility } from '@multaqa/contract';
import { DEMO_PASSWORD } from '../src/database/seed/demo-data.js';
import { binary } from './support/binary.js';
import { browserClient, createTestApp, type TestApp } from './support/test-app.js';

/** Story step 5 in the demo: certificates issued at 80 %, one of them revoked by mistake. */
describe('demo certificates', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ SEED_DEMO: 'true' });
  });
  afterAll(() => t.close());

  const as = async (email: string) => {
    const agent = browserClient(t.app);
    await agent.post('/api/auth/login').send({ email, password: DEMO_PASSWORD }).expect(200);
    return agent;
  };

  it('has the first cohort’s certificates, one revoked, and the participant’s own', async () => {
    const admin = await as('admin@multaqa.test');
    const rules = await t.db.query(
      `SELECT r.event_id FROM event_certificate_rules r JOIN events e ON e.id = r.event_id
        ORDER BY e.start_date`,
    );
    // Both Mogadishu deliveries have the rule; the first cohort has the revoked certificate.
    expect(rules).toHaveLength(2);
    const [{ event_id: eventId }] = rules;
    const eligibility = (
      await admin.get(`/api/events/${eventId}/certificates/eligibility`).expect(200)
    ).body as Eligibility;
    expect(eligibility.rule?.minAttendancePercent).toBe(80);
    // Several qualify, a few do not (and say why).
    expect(eligibility.counts.qualifying).toBeGreaterThanOrEqual(5);
    expect(eligibility.counts.approved - eligibility.counts.qualifying).toBeGreaterThan(0);
    expect(
      eligibility.entries.filter((e) => e.reasons.includes('attendance_below_minimum')).length,
    ).toBeGreaterThan(0);
    const list = (await admin.get(`/api/events/${eventId}/certificates?pageSize=100`).expect(200))
      .body;
    const items = list.items as Certificate[];
    const revoked = items.filter((c) => c.status === 'revoked');
    expect(revoked).toHaveLength(1);
    expect(revoked[0].revocationReason).toBe('Issued by mistake');
    // Everyone who qualifies holds a certificate; the one revoked by mistake no longer qualifies
    // (bulk issuing would not give it back) and says why.
    expect(list.total).toBe(eligibility.counts.qualifying + 1);
    expect(items).toHaveLength(list.total);
    expect(eligibility.counts.issued).toBe(eligibility.counts.qualifying);
    expect(eligibility.counts.toIssue).toBe(0);
    expect(
      eligibility.entries.find((e) => e.registrationId === revoked[0].registrationId),
    ).toMatchObject({ qualifies: false, reasons: ['certificate_revoked'], certificate: null });
    const pub = await t.http().get(`/api/public/certificates/${revoked[0].serial}`).expect(200);
    expect(pub.body.status).toBe('revoked');
    // Issued in Arabic and English side by side.
    expect(Object.keys(items[0].claims.eventTitle).sort()).toEqual(['ar', 'en']);

    const participant = await as('participant@multaqa.test');
    const mine = (await participant.get('/api/me/certificates').expect(200)).body.items;
    expect(mine).toHaveLength(1);
    const pdf = await participant
      .get(`/api/certificates/${mine[0].id}/pdf`)
      .buffer(true)
      .parse(binary as never)
      .expect(200);
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
