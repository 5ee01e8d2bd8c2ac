import { createPublicKey, verify } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  type Certificate,
  type CertificateTemplate,
  type Eligibility,
  formatSerial,
  type Job,
  normalizeSerial,
  parseCertificateToken,
  type SigningKeySet,
} from '@multaqa/contract';
import { decodeList } from '@digitalbazaar/vc-bitstring-status-list';
import canonicalize from 'canonicalize';
import { createLocalJWKSet, decodeJwt, jwtVerify } from 'jose';
import yauzl from 'yauzl';
import { approvedPeople, eventWithSessions } from './support/attendance-fixtures.js';
import {
  attend,
  contiguous,
  defaultTemplate,
  finishedJob,
  serialNumbers,
} from './support/certificate-fixtures.js';
import type { Agent } from './support/fixtures.js';
import { binary } from './support/binary.js';
import { normalise, PdfFile } from './support/pdf-tools.js';
import { SmtpCatcher } from './support/smtp-catcher.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const PNG_1x1 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

function zipEntries(bytes: Buffer): Promise<string[]> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error ?? new Error('no zip'));
      const names: string[] = [];
      zip.on('entry', (entry: yauzl.Entry) => {
        names.push(entry.fileName);
        zip.readEntry();
      });
      zip.on('end', () => resolve(names));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

/** Checks a certificate token as anyone can: with the published public key alone. */
function verifiesOffline(token: string, keys: SigningKeySet): boolean {
  const parsed = parseCertificateToken(token);
  const jwk = keys.keys.find((k) => k.kid === parsed?.claims.kid);
  if (!parsed || !jwk) return false;
  const key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: jwk.x }, format: 'jwk' });
  return verify(null, Buffer.from(parsed.signedText, 'ascii'), key, parsed.signature);
}

describe('certificates', () => {
  let t: TestApp;
  const smtp = new SmtpCatcher();
  const storage = mkdtempSync(join(tmpdir(), 'multaqa-certificates-'));
  let admin: Agent;
  let adminId: string;
  let coordinator: Agent;
  let otherCoordinator: Agent;
  let participant: Agent;
  let stranger: Agent;
  let template: CertificateTemplate;
  let eventId: string;
  let people: { participantId: string; registrationId: string }[];

  beforeAll(async () => {
    await smtp.start();
    t = await createTestApp({
      SMTP_URL: smtp.url,
      PUBLIC_URL: 'https://multaqa.example',
      STORAGE_DIR: storage,
    });
    const a = await t.signIn(['admin']);
    admin = a.agent;
    adminId = a.user.id;
    coordinator = (await t.signIn(['coordinator'])).agent;
    otherCoordinator = (await t.signIn(['coordinator'])).agent;
    template = await defaultTemplate(admin);
    const { event, sessions } = await eventWithSessions(coordinator, 5);
    eventId = event.id;
    // Five people: 100 %, 80 %, 60 %, 0 %, 100 %.
    people = await approvedPeople(t, eventId, 5);
    await attend(
      t,
      eventId,
      sessions.map((s) => s.id),
      people,
      (i) => [5, 4, 3, 0, 5][i],
    );
    const [institution] = await t.db.query(
      `INSERT INTO institutions (name, country_code, kind) VALUES ($1, 'SO', 'ministry') RETURNING id`,
      [{ en: 'Ministry of Information', ar: 'وزارة الإعلام', fr: 'Ministère de l’Information' }],
    );
    await t.db.query(`UPDATE registrations SET decided_institution_id = $1 WHERE id = $2`, [
      institution.id,
      people[0].registrationId,
    ]);
    // Person 0 signs in as a participant and reads their certificates; person 4 prefers Arabic.
    const self = await t.signIn(['participant']);
    participant = self.agent;
    await t.db.query(
      `UPDATE participants SET user_id = $1, preferred_language = 'en' WHERE id = $2`,
      [self.user.id, people[0].participantId],
    );
    await t.db.query(`UPDATE participants SET preferred_language = 'ar' WHERE id = $1`, [
      people[4].participantId,
    ]);
    const other = await t.signIn(['participant']);
    stranger = other.agent;
    await t.db.query(`UPDATE participants SET user_id = $1 WHERE id = $2`, [
      other.user.id,
      people[3].participantId,
    ]);
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
    rmSync(storage, { recursive: true, force: true });
  });

  it('lets admins write templates, coordinators read them, and nobody else in', async () => {
    expect(template).toMatchObject({
      languageMode: 'ar_en',
      orientation: 'landscape',
      issuedCount: 0,
    });
    await coordinator.get('/api/certificate-templates').expect(200);
    await coordinator
      .post('/api/certificate-templates')
      .send({ name: 'x', elements: [] })
      .expect(403);
    await participant.get('/api/certificate-templates').expect(403);
    await t.http().get('/api/certificate-templates').expect(401);
    const patched = await admin
      .patch(`/api/certificate-templates/${template.id}`)
      .send({ name: 'Renamed' })
      .expect(200);
    // Only the field sent changes.
    expect(patched.body).toMatchObject({
      name: 'Renamed',
      languageMode: 'ar_en',
      orientation: 'landscape',
    });
    await admin
      .patch(`/api/certificate-templates/${template.id}`)
      .send({ name: template.name })
      .expect(200);
    // Template writes are in the audit log, with who made them.
    const audit = await t.db.query(
      `SELECT action, actor_id FROM audit_log WHERE entity_type = 'certificate_templates' AND entity_id = $1 ORDER BY id`,
      [template.id],
    );
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['insert', 'update', 'update']);
    expect(audit.every((a: { actor_id: string }) => a.actor_id === adminId)).toBe(true);
    await admin.get('/api/certificate-templates/not-a-uuid').expect(404);
    await admin.get('/api/certificate-templates/00000000-0000-4000-8000-000000000000').expect(404);
    const bad = await admin.post('/api/certificate-templates').send({
      name: 'Bad',
      elements: [{ id: 'a', kind: 'text', x: -1, y: 0, width: 10, height: 10 }],
    });
    expect(bad.status).toBe(400);
    const unknownImage = await admin.post('/api/certificate-templates').send({
      name: 'Ghost image',
      backgroundAssetId: '00000000-0000-4000-8000-000000000000',
      elements: [],
    });
    expect(unknownImage.status).toBe(422);
    expect(unknownImage.body.code).toBe('certificate_asset_unknown');
  });

  it('takes PNG and JPEG images by their bytes, and refuses the rest', async () => {
    const up = await admin.post('/api/certificate-assets').attach('file', PNG_1x1, 'logo.png');
    expect(up.status).toBe(201);
    expect(up.body).toMatchObject({ contentType: 'image/png', widthPx: 1, heightPx: 1 });
    const image = await coordinator
      .get(up.body.url)
      .buffer(true)
      .parse(binary as never)
      .expect(200);
    expect(image.headers['content-type']).toBe('image/png');
    expect(Buffer.compare(image.body as Buffer, PNG_1x1)).toBe(0);
    // A text file named .png is not a PNG.
    const fake = await admin
      .post('/api/certificate-assets')
      .attach('file', Buffer.from('hello, not an image'), {
        filename: 'x.png',
        contentType: 'image/png',
      });
    expect(fake.status).toBe(422);
    expect(fake.body.code).toBe('certificate_asset_not_image');
    const none = await admin.post('/api/certificate-assets').field('other', 'x');
    expect([400, 422]).toContain(none.status);
    const huge = Buffer.concat([PNG_1x1, Buffer.alloc(2 * 1024 * 1024)]);
    const tooLarge = await admin.post('/api/certificate-assets').attach('file', huge, 'big.png');
    expect([413, 422]).toContain(tooLarge.status);
    await coordinator
      .post('/api/certificate-assets')
      .attach('file', PNG_1x1, 'logo.png')
      .expect(403);
    // A template may now use it.
    await admin
      .post('/api/certificate-templates')
      .send({ name: 'With logo', backgroundAssetId: up.body.id, elements: [] })
      .expect(201);
  });

  it('keeps the rule to admins and the event’s own coordinators', async () => {
    expect(
      (await coordinator.get(`/api/events/${eventId}/certificate-rule`).expect(200)).body,
    ).toEqual({
      rule: null,
    });
    await otherCoordinator.get(`/api/events/${eventId}/certificate-rule`).expect(404);
    await participant.get(`/api/events/${eventId}/certificate-rule`).expect(403);
    await t.http().get(`/api/events/${eventId}/certificate-rule`).expect(401);
    // No rule yet: issuing is refused.
    const noRule = await admin.post(`/api/events/${eventId}/certificates/issue`).send({});
    expect(noRule.status).toBe(409);
    expect(noRule.body.code).toBe('certificate_rule_missing');
    await coordinator
      .put(`/api/events/${eventId}/certificate-rule`)
      .send({ minAttendancePercent: 120, templateId: template.id })
      .expect(400);
    const unknown = await coordinator
      .put(`/api/events/${eventId}/certificate-rule`)
      .send({ templateId: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.status).toBe(422);
    await otherCoordinator
      .put(`/api/events/${eventId}/certificate-rule`)
      .send({ templateId: template.id })
      .expect(404);
    const put = await coordinator
      .put(`/api/events/${eventId}/certificate-rule`)
      .send({ minAttendancePercent: 80, templateId: template.id, emailParticipants: true })
      .expect(200);
    expect(put.body).toEqual({
      rule: {
        minAttendancePercent: 80,
        templateId: template.id,
        emailParticipants: true,
        requirePostTestPass: false,
      },
    });
    const [audit] = await t.db.query(
      `SELECT action FROM audit_log WHERE entity_type = 'event_certificate_rules' AND event_id = $1`,
      [eventId],
    );
    expect(audit.action).toBe('insert');
  });

  it('says who qualifies and why the others do not', async () => {
    await otherCoordinator.get(`/api/events/${eventId}/certificates/eligibility`).expect(404);
    const res = await coordinator
      .get(`/api/events/${eventId}/certificates/eligibility`)
      .expect(200);
    const body = res.body as Eligibility;
    const byRegistration = new Map(body.entries.map((e) => [e.registrationId, e]));
    expect(people.map((p) => byRegistration.get(p.registrationId)?.ratePercent)).toEqual([
      100, 80, 60, 0, 100,
    ]);
    expect(people.map((p) => byRegistration.get(p.registrationId)?.qualifies)).toEqual([
      true,
      true,
      false,
      false,
      true,
    ]);
    expect(byRegistration.get(people[2].registrationId)?.reasons).toEqual([
      'attendance_below_minimum',
    ]);
    expect(body.counts).toEqual({ approved: 5, qualifying: 3, toIssue: 3, issued: 0 });

    // Before any session has been held, nobody can qualify yet, and the reason says so.
    const { event: early } = await eventWithSessions(coordinator, 0);
    await approvedPeople(t, early.id, 1);
    await coordinator
      .put(`/api/events/${early.id}/certificate-rule`)
      .send({ templateId: template.id })
      .expect(200);
    const none = (
      await coordinator.get(`/api/events/${early.id}/certificates/eligibility`).expect(200)
    ).body as Eligibility;
    expect(none.entries.map((e) => [e.ratePercent, e.qualifies, e.reasons])).toEqual([
      [null, false, ['no_sessions_held']],
    ]);
  });

  it('previews a design as a PDF, with the event’s people or sample data', async () => {
    const sample = await coordinator
      .post('/api/certificate-templates/preview')
      .send({ design: template })
      .buffer(true)
      .parse(binary as never);
    expect(sample.status).toBe(400); // the template's id and counts are not part of a design
    const {
      id: _id,
      issuedCount: _c,
      archived: _a,
      createdAt: _cr,
      updatedAt: _u,
      ...design
    } = template;
    const res = await coordinator
      .post('/api/certificate-templates/preview')
      .send({ design, eventId })
      .buffer(true)
      .parse(binary as never)
      .expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect((res.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    await otherCoordinator
      .post('/api/certificate-templates/preview')
      .send({ design, eventId })
      .expect(404);
  });

  let issued: Certificate[] = [];

  it('issues to everyone who qualifies in a background job, signed, numbered without gaps, and emails them', async () => {
    await coordinator.post(`/api/events/${eventId}/certificates/issue`).send({}).expect(403);
    const res = await admin.post(`/api/events/${eventId}/certificates/issue`).send({}).expect(202);
    const job = await finishedJob(admin, (res.body as { job: Job }).job.id);
    expect(job).toMatchObject({ status: 'completed', done: 3, total: 3 });
    expect(job.result).toMatchObject({ issued: 3, skipped: 0 });
    const list = await coordinator.get(`/api/events/${eventId}/certificates`).expect(200);
    issued = list.body.items as Certificate[];
    expect(list.body.total).toBe(3);
    expect(new Set(issued.map((c) => c.registrationId))).toEqual(
      new Set([people[0], people[1], people[4]].map((p) => p.registrationId)),
    );
    const numbers = serialNumbers(issued.map((c) => c.serial));
    expect(numbers).toEqual([1, 2, 3]);
    const year = new Date().getUTCFullYear();
    expect(issued.map((c) => c.serial).sort()).toEqual([1, 2, 3].map((n) => formatSerial(year, n)));
    for (const c of issued) expect(normalizeSerial(c.serial)).toBe(c.serial);
    const indexes = await t.db.query(`SELECT status_index FROM certificates WHERE event_id = $1`, [
      eventId,
    ]);
    expect(new Set(indexes.map((r: { status_index: number }) => r.status_index)).size).toBe(3);

    // The QR link carries the token with its payload detached (a short link, a small QR); the
    // full token verifies with the published key alone, and the link's signature is its own.
    const keys = (await t.http().get('/api/public/signing-keys').expect(200)).body as SigningKeySet;
    const first = issued.find((c) => c.registrationId === people[0].registrationId)!;
    const token = first.token;
    expect(first.verificationUrl).toBe(
      `https://multaqa.example/verify/${first.serial}#MQC1..${token.split('.')[2]}`,
    );
    expect(first.verificationUrl.length).toBeLessThan(160);
    expect(verifiesOffline(token, keys)).toBe(true);
    expect(parseCertificateToken(first.verificationUrl.split('#')[1], first.claims)).toEqual(
      parseCertificateToken(token),
    );
    const parsed = parseCertificateToken(token)!;
    expect(parsed.claims).toEqual(first.claims);
    // The payload is the canonical JSON (RFC 8785) of the claims.
    expect(Buffer.from(parsed.signedText, 'base64url').toString('utf8')).toBe(
      canonicalize(first.claims),
    );
    // One changed byte in the payload is caught.
    const [prefix, payload, signature] = token.split('.');
    const tampered = Buffer.from(payload, 'base64url')
      .toString('utf8')
      .replace(first.serial, first.serial.replace(/-\d/, '-9'));
    expect(
      verifiesOffline(
        `${prefix}.${Buffer.from(tampered).toString('base64url')}.${signature}`,
        keys,
      ),
    ).toBe(false);
    // The template prints the institution: it is in the claims, in both languages.
    expect(first.claims.institution).toEqual({
      ar: 'وزارة الإعلام',
      en: 'Ministry of Information',
    });
    expect(Object.keys(first.claims.eventTitle).sort()).toEqual(['ar', 'en']);
    expect(first.claims.modules?.length).toBeGreaterThan(0);

    // Each person gets an email in their language, HTML and text, the PDF attached.
    const email0 = (
      await t.db.query(`SELECT email FROM participants WHERE id = $1`, [people[0].participantId])
    )[0].email;
    const mail = await smtp.waitFor(email0, /certificate/i);
    expect(mail.text).toContain(first.verificationUrl);
    expect(mail.html).toContain('href="https:&#x2F;&#x2F;multaqa.example&#x2F;verify&#x2F;');
    expect(mail.attachments).toHaveLength(1);
    expect(mail.attachments[0]).toMatchObject({
      filename: `${first.serial}.pdf`,
      contentType: 'application/pdf',
    });
    expect(mail.attachments[0].content.subarray(0, 5).toString()).toBe('%PDF-');
    const email4 = (
      await t.db.query(`SELECT email FROM participants WHERE id = $1`, [people[4].participantId])
    )[0].email;
    const arabic = await smtp.waitFor(email4, /شهادتك/);
    expect(arabic.html).toContain('dir="rtl"');
  });

  it('gives nobody a second certificate when issuing again, even twice at once', async () => {
    // A lost PDF is drawn again by the next run; its certificate is not issued again.
    const [lost] = await t.db.query(
      `SELECT id, file_key FROM certificates WHERE event_id = $1 ORDER BY serial LIMIT 1`,
      [eventId],
    );
    rmSync(join(storage, lost.file_key));
    expect(existsSync(join(storage, lost.file_key))).toBe(false);
    const [a, b] = await Promise.all([
      admin.post(`/api/events/${eventId}/certificates/issue`).send({}),
      admin.post(`/api/events/${eventId}/certificates/issue`).send({}),
    ]);
    expect([a.status, b.status]).toEqual([202, 202]);
    for (const r of [a, b]) {
      const job = await finishedJob(admin, (r.body as { job: Job }).job.id);
      expect(job.status).toBe('completed');
    }
    const [{ n }] = await t.db.query(
      `SELECT count(*)::int AS n FROM certificates WHERE event_id = $1`,
      [eventId],
    );
    expect(n).toBe(3);
    const eligibility = (
      await admin.get(`/api/events/${eventId}/certificates/eligibility`).expect(200)
    ).body as Eligibility;
    expect(eligibility.counts).toMatchObject({ qualifying: 3, toIssue: 0, issued: 3 });
    expect(existsSync(join(storage, lost.file_key))).toBe(true);
  });

  it('serves PDFs to the event’s staff and the person, and a ZIP of all', async () => {
    const mine = issued.find((c) => c.registrationId === people[0].registrationId)!;
    const pdf = await coordinator
      .get(`/api/certificates/${mine.id}/pdf`)
      .buffer(true)
      .parse(binary as never)
      .expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = normalise(new PdfFile(pdf.body as Buffer).text());
    expect(text).toContain(mine.serial);
    await participant
      .get(`/api/certificates/${mine.id}/pdf`)
      .buffer(true)
      .parse(binary as never)
      .expect(200);
    await stranger.get(`/api/certificates/${mine.id}/pdf`).expect(404);
    await otherCoordinator.get(`/api/certificates/${mine.id}/pdf`).expect(404);
    await t.http().get(`/api/certificates/${mine.id}/pdf`).expect(401);
    const zip = await coordinator
      .get(`/api/events/${eventId}/certificates.zip`)
      .buffer(true)
      .parse(binary as never)
      .expect(200);
    expect(zip.headers['content-type']).toBe('application/zip');
    expect((await zipEntries(zip.body as Buffer)).sort()).toEqual(
      issued.map((c) => `${c.serial}.pdf`).sort(),
    );
    await otherCoordinator.get(`/api/events/${eventId}/certificates.zip`).expect(404);
    // The participant sees their own certificate, and only theirs.
    const my = await participant.get('/api/me/certificates').expect(200);
    expect(my.body.items.map((c: Certificate) => c.serial)).toEqual([mine.serial]);
    expect((await stranger.get('/api/me/certificates').expect(200)).body.items).toEqual([]);
  });

  it('revokes with a reason the public page shows, and nothing else about the person', async () => {
    const target = issued.find((c) => c.registrationId === people[1].registrationId)!;
    await coordinator
      .post(`/api/certificates/${target.id}/revoke`)
      .send({ reason: 'Issued by mistake' })
      .expect(403);
    await admin.post(`/api/certificates/${target.id}/revoke`).send({ reason: '' }).expect(400);
    const revoked = await admin
      .post(`/api/certificates/${target.id}/revoke`)
      .send({ reason: 'Issued by mistake' })
      .expect(200);
    expect(revoked.body).toMatchObject({
      status: 'revoked',
      revocationReason: 'Issued by mistake',
    });
    const again = await admin
      .post(`/api/certificates/${target.id}/revoke`)
      .send({ reason: 'Twice over' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('certificate_already_revoked');

    // Typed loosely (lower case, spaces): still found.
    const typed = target.serial.toLowerCase().replace(/-/g, ' ');
    const pub = await t
      .http()
      .get(`/api/public/certificates/${encodeURIComponent(typed)}`)
      .expect(200);
    expect(Object.keys(pub.body).sort()).toEqual(
      ['claims', 'replacedBySerial', 'revocationReason', 'revokedAt', 'serial', 'status'].sort(),
    );
    expect(pub.body).toMatchObject({
      serial: target.serial,
      status: 'revoked',
      revocationReason: 'Issued by mistake',
    });
    expect(Date.parse(pub.body.revokedAt)).not.toBeNaN();
    expect(pub.body.claims).toEqual(target.claims);
    await t.http().get('/api/public/certificates/MQ-2020-99999-3').expect(404);
    await t.http().get('/api/public/certificates/not-a-serial').expect(404);

    const [audit] = await t.db.query(
      `SELECT actor_id, action, after FROM audit_log WHERE entity_type = 'certificates' AND entity_id = $1 AND action = 'update' AND after ? 'status'`,
      [target.id],
    );
    expect(audit).toMatchObject({ actor_id: adminId, action: 'update' });
    expect(audit.after).toMatchObject({
      status: 'revoked',
      revocation_reason: 'Issued by mistake',
    });
  });

  it('gives each issued certificate an Open Badges credential whose status bit follows revocation', async () => {
    const jwks = createLocalJWKSet((await t.http().get('/.well-known/jwks.json').expect(200)).body);
    const statusBit = async (index: number) => {
      const list = await t.http().get('/api/public/credentials/status/1').expect(200);
      const { payload } = await jwtVerify(list.text, jwks);
      const subject = (payload.vc ?? payload) as { credentialSubject: { encodedList: string } };
      return (await decodeList(subject.credentialSubject)).getStatus(index);
    };
    const credentialOf = (certificate: Certificate) =>
      participant.get(`/api/certificates/${certificate.id}/credential`);
    const revoked = issued.find((c) => c.registrationId === people[1].registrationId)!;
    const valid = issued.find((c) => c.registrationId === people[0].registrationId)!;
    // The person's own certificate, verified with the published keys by an outside library.
    const own = await credentialOf(valid);
    expect(own.status).toBe(200);
    expect(own.headers['content-type']).toMatch(/^application\/vc\+jwt/);
    const { payload } = await jwtVerify(own.text, jwks);
    const credential = (payload.vc ?? payload) as {
      type: string[];
      credentialSubject: { achievement: { name: string } };
      credentialStatus: { statusListIndex: string; statusPurpose: string };
    };
    expect(credential.type).toContain('OpenBadgeCredential');
    expect(credential.credentialStatus.statusPurpose).toBe('revocation');
    expect(await statusBit(Number(credential.credentialStatus.statusListIndex))).toBe(false);
    // Someone else's certificate is not theirs to download.
    expect((await credentialOf(revoked)).status).toBe(404);
    // The certificate revoked above has its bit set, read from the same public list.
    const staffCopy = await admin.get(`/api/certificates/${revoked.id}/credential`).expect(200);
    const revokedStatus = decodeJwt(staffCopy.text) as {
      vc?: { credentialStatus: { statusListIndex: string } };
      credentialStatus?: { statusListIndex: string };
    };
    const index = Number((revokedStatus.vc ?? revokedStatus).credentialStatus!.statusListIndex);
    expect(await statusBit(index)).toBe(true);
  });

  it('re-issues under a new serial; the old one is revoked and points to it', async () => {
    const old = issued.find((c) => c.registrationId === people[4].registrationId)!;
    const res = await admin
      .post(`/api/certificates/${old.id}/reissue`)
      .send({ reason: 'Name spelled wrong' })
      .expect(201);
    const fresh = res.body as Certificate;
    expect(fresh.serial).not.toBe(old.serial);
    expect(serialNumbers([fresh.serial])).toEqual([4]);
    expect(fresh.status).toBe('valid');
    const pub = await t.http().get(`/api/public/certificates/${old.serial}`).expect(200);
    expect(pub.body).toMatchObject({
      status: 'revoked',
      revocationReason: 'Name spelled wrong',
      replacedBySerial: fresh.serial,
    });
    await admin
      .post(`/api/certificates/${old.id}/reissue`)
      .send({ reason: 'Again please' })
      .expect(409);
    const actions = await t.db.query(
      `SELECT action, actor_id FROM audit_log WHERE entity_type = 'certificates' AND entity_id = ANY($1::text[]) ORDER BY id`,
      [[old.id, fresh.id]],
    );
    expect(actions.map((a: { action: string }) => a.action)).toEqual(
      expect.arrayContaining(['insert', 'update']),
    );
    expect(
      actions.filter((a: { actor_id: string }) => a.actor_id === adminId).length,
    ).toBeGreaterThanOrEqual(2);
    // Still one valid certificate per registration; serials still without gaps.
    const rows = await t.db.query(`SELECT serial FROM certificates`);
    expect(contiguous(serialNumbers(rows.map((r: { serial: string }) => r.serial)))).toBe(true);
    const list = await coordinator
      .get(`/api/events/${eventId}/certificates?status=valid`)
      .expect(200);
    expect(list.body.total).toBe(2);
    const search = await coordinator
      .get(`/api/events/${eventId}/certificates?q=${encodeURIComponent(fresh.serial)}`)
      .expect(200);
    expect(search.body.items.map((c: Certificate) => c.id)).toEqual([fresh.id]);
  });

  it('does not issue again to someone whose certificate was revoked without a replacement; an explicit reissue does', async () => {
    // people[1]'s certificate was revoked above ("Issued by mistake"), people[4]'s replaced.
    const mistaken = issued.find((c) => c.registrationId === people[1].registrationId)!;
    const eligibility = async () =>
      (await coordinator.get(`/api/events/${eventId}/certificates/eligibility`).expect(200))
        .body as Eligibility;
    const before = await eligibility();
    const entryOf = (e: Eligibility, i: number) =>
      e.entries.find((x) => x.registrationId === people[i].registrationId)!;
    expect(entryOf(before, 1)).toMatchObject({
      qualifies: false,
      reasons: ['certificate_revoked'],
      certificate: null,
    });
    expect(entryOf(before, 4)).toMatchObject({ qualifies: true, reasons: [] });
    expect(before.counts).toEqual({ approved: 5, qualifying: 2, toIssue: 0, issued: 2 });

    // Bulk issuing skips them, whether everyone or them by name.
    for (const body of [{}, { registrationIds: [people[1].registrationId] }]) {
      const res = await admin.post(`/api/events/${eventId}/certificates/issue`).send(body);
      expect(res.status).toBe(202);
      const job = await finishedJob(admin, (res.body as { job: Job }).job.id);
      expect(job).toMatchObject({ status: 'completed', total: 0 });
      expect(job.result).toMatchObject({ issued: 0 });
    }
    const validOf = async () =>
      (
        await t.db.query(
          `SELECT serial FROM certificates WHERE registration_id = $1 AND status = 'valid'`,
          [people[1].registrationId],
        )
      ).map((r: { serial: string }) => r.serial);
    expect(await validOf()).toEqual([]);

    // An explicit reissue of the revoked certificate gives them one; the old one stays revoked
    // for its own reason and points to the new one.
    const res = await admin
      .post(`/api/certificates/${mistaken.id}/reissue`)
      .send({ reason: 'Qualifies after all' })
      .expect(201);
    const fresh = res.body as Certificate;
    expect(fresh).toMatchObject({ status: 'valid', registrationId: people[1].registrationId });
    expect(await validOf()).toEqual([fresh.serial]);
    const pub = await t.http().get(`/api/public/certificates/${mistaken.serial}`).expect(200);
    expect(pub.body).toMatchObject({
      status: 'revoked',
      revocationReason: 'Issued by mistake',
      replacedBySerial: fresh.serial,
    });
    const again = await admin
      .post(`/api/certificates/${mistaken.id}/reissue`)
      .send({ reason: 'Once more' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('certificate_already_revoked');
    const after = await eligibility();
    expect(entryOf(after, 1)).toMatchObject({
      qualifies: true,
      reasons: [],
      certificate: { id: fresh.id, serial: fresh.serial, status: 'valid' },
    });
    expect(after.counts).toEqual({ approved: 5, qualifying: 3, toIssue: 0, issued: 3 });
  });

  it('deletes only an unused template; a used one must be archived', async () => {
    const used = await admin.delete(`/api/certificate-templates/${template.id}`);
    expect(used.status).toBe(409);
    expect(used.body.code).toBe('certificate_template_in_use');
    expect(used.body.detail).toMatch(/archive/i);
    const spare = await defaultTemplate(admin);
    await admin.delete(`/api/certificate-templates/${spare.id}`).expect(204);
    await admin.get(`/api/certificate-templates/${spare.id}`).expect(404);
    const archived = await admin
      .patch(`/api/certificate-templates/${template.id}`)
      .send({ archived: true })
      .expect(200);
    expect(archived.body).toMatchObject({ archived: true, issuedCount: 5 });
  });
});
