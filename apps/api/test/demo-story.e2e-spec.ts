import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  bankQuestionSchema,
  evaluationResponseInputSchema,
  surveyItemSchema,
} from '@multaqa/contract';
import { duplicateReasons } from '../src/participants/duplicates.js';
import { DEMO_PASSWORD } from '../src/database/seed/demo-data.js';
import { binary } from './support/binary.js';
import { browserClient, createTestApp, type TestApp } from './support/test-app.js';

/**
 * Issue 13 and DOMAIN.md: the demo tells the whole year. "15+ international events, 120+
 * officials trained in one country", the two Mogadishu deliveries, the April 2019 conference,
 * evaluations taken and certificates issued, read straight from the database.
 */
describe('demo story', () => {
  let t: TestApp;
  let mogadishu: string[];

  beforeAll(async () => {
    t = await createTestApp({ SEED_DEMO: 'true' });
    mogadishu = (
      await t.db.query(
        `SELECT id FROM events WHERE city->>'en' = 'Mogadishu' AND start_date < '2021-01-01' ORDER BY start_date`,
      )
    ).map((e: { id: string }) => e.id);
  });
  afterAll(() => t.close());

  it('has held 15 or more international events, in many countries, all in the past', async () => {
    const [held] = await t.db.query(
      `SELECT count(*)::int AS events, count(DISTINCT country_code)::int AS countries,
              count(*) FILTER (WHERE end_date >= current_date)::int AS future,
              count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM event_sessions s WHERE s.event_id = e.id))::int AS without_sessions,
              count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM attendance_records a WHERE a.event_id = e.id))::int AS without_attendance
         FROM events e WHERE status = 'completed'`,
    );
    expect(held.events).toBeGreaterThanOrEqual(15);
    expect(held.countries).toBeGreaterThanOrEqual(10);
    expect(held).toMatchObject({ future: 0, without_sessions: 0, without_attendance: 0 });
    const [open] = await t.db.query(
      `SELECT count(*)::int AS n FROM events WHERE status = 'registration_open' AND city->>'en' = 'Niamey'`,
    );
    expect(open.n).toBe(1);
  });

  it('trained more than 120 Somali officials of the four ministries in two Mogadishu deliveries, within their quotas', async () => {
    expect(mogadishu).toHaveLength(2);
    const [people] = await t.db.query(
      `SELECT count(DISTINCT r.participant_id)::int AS officials, count(*)::int AS places,
              count(DISTINCT r.decided_institution_id)::int AS ministries,
              count(DISTINCT r.decided_gender)::int AS genders,
              count(*) FILTER (WHERE r.decided_country_code <> 'SO')::int AS foreigners
         FROM registrations r WHERE r.event_id = ANY($1) AND r.status = 'approved'`,
      [mogadishu],
    );
    expect(people.officials).toBeGreaterThanOrEqual(120);
    // Nobody in both deliveries.
    expect(people.places).toBe(people.officials);
    expect(people).toMatchObject({ ministries: 4, genders: 2, foreigners: 0 });
    const overQuota = await t.db.query(
      `SELECT q.event_id, q.institution_id, q.capacity, count(r.id)::int AS approved
         FROM registration_quotas q
         LEFT JOIN registrations r ON r.event_id = q.event_id AND r.status = 'approved'
                                  AND r.decided_institution_id = q.institution_id
        WHERE q.event_id = ANY($1)
        GROUP BY q.event_id, q.institution_id, q.capacity
       HAVING count(r.id) > q.capacity`,
      [mogadishu],
    );
    expect(overQuota).toEqual([]);
    const perEvent = await t.db.query(
      `SELECT e.capacity, count(*) FILTER (WHERE r.status = 'approved')::int AS approved,
              count(*) FILTER (WHERE r.status = 'waitlisted')::int AS waitlisted,
              (SELECT count(*)::int FROM registration_quotas q WHERE q.event_id = e.id) AS quotas
         FROM events e JOIN registrations r ON r.event_id = e.id
        WHERE e.id = ANY($1) GROUP BY e.id ORDER BY e.start_date`,
      [mogadishu],
    );
    for (const e of perEvent) {
      expect(e.approved).toBe(e.capacity);
      expect(e.waitlisted).toBeGreaterThan(0);
      expect(e.quotas).toBe(4);
    }
    // Attendance at every session for every approved official; a few fall below 80 %.
    const rates = await t.db.query(
      `SELECT r.id, count(a.id)::int AS records,
              (SELECT count(*) FROM event_sessions s WHERE s.event_id = r.event_id)::int AS sessions,
              count(a.id) FILTER (WHERE a.status IN ('present', 'late'))::float
                / (SELECT count(*) FROM event_sessions s WHERE s.event_id = r.event_id) AS rate
         FROM registrations r LEFT JOIN attendance_records a ON a.registration_id = r.id
        WHERE r.event_id = ANY($1) AND r.status = 'approved' GROUP BY r.id`,
      [mogadishu],
    );
    expect(
      rates.every((r: { records: number; sessions: number }) => r.records === r.sessions),
    ).toBe(true);
    const below = rates.filter((r: { rate: number }) => r.rate < 0.8).length;
    expect(below).toBeGreaterThan(0);
    expect(rates.length - below).toBeGreaterThan(120);
  });

  it('had 300 attendees from 30 countries at the April 2019 conference, co-organized with the university', async () => {
    const [conference] = await t.db.query(
      `SELECT e.id, e.status, count(DISTINCT r.participant_id)::int AS attendees,
              count(DISTINCT r.decided_country_code)::int AS countries,
              (SELECT count(*)::int FROM event_partners p WHERE p.event_id = e.id) AS partners,
              (SELECT count(DISTINCT a.registration_id)::int FROM attendance_records a WHERE a.event_id = e.id) AS attended
         FROM events e JOIN registrations r ON r.event_id = e.id AND r.status = 'approved'
        WHERE e.kind = 'conference' AND e.start_date = '2019-04-15' GROUP BY e.id`,
    );
    expect(conference).toMatchObject({
      status: 'completed',
      attendees: 300,
      countries: 30,
      partners: 1,
      attended: 300,
    });
  });

  it('has the pre-test, post-test and survey taken, the post-test scoring higher', async () => {
    const evaluations = await t.db.query(
      `SELECT kind, questions, items, closes_at < now() AS closed FROM evaluations WHERE event_id = ANY($1)`,
      [mogadishu],
    );
    expect(evaluations).toHaveLength(6);
    for (const e of evaluations) {
      expect(e.closed).toBe(true);
      for (const q of e.questions) expect(bankQuestionSchema.safeParse(q).success).toBe(true);
      for (const i of e.items) expect(surveyItemSchema.safeParse(i).success).toBe(true);
    }
    const [bank] = await t.db.query(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE prompt ?& array['ar', 'en', 'fr'])::int AS trilingual
         FROM package_questions`,
    );
    expect(bank.n).toBeGreaterThanOrEqual(8);
    expect(bank.trilingual).toBe(bank.n);

    const scores = await t.db.query(
      `SELECT r.event_id, r.kind, count(*)::int AS n, avg(r.score_percent)::float AS mean,
              count(*) FILTER (WHERE r.passed)::int AS passed,
              (SELECT count(*)::int FROM registrations g WHERE g.event_id = r.event_id AND g.status = 'approved') AS approved
         FROM evaluation_responses r WHERE r.event_id = ANY($1) AND r.kind <> 'survey'
        GROUP BY r.event_id, r.kind`,
      [mogadishu],
    );
    expect(scores).toHaveLength(4);
    for (const eventId of mogadishu) {
      const pre = scores.find(
        (s: { event_id: string; kind: string }) => s.event_id === eventId && s.kind === 'pre_test',
      );
      const post = scores.find(
        (s: { event_id: string; kind: string }) => s.event_id === eventId && s.kind === 'post_test',
      );
      expect(pre.n).toBeGreaterThan(pre.approved / 2);
      expect(post.n).toBeGreaterThan(post.approved / 2);
      expect(pre.mean).toBeGreaterThanOrEqual(40);
      expect(pre.mean).toBeLessThanOrEqual(60);
      expect(post.mean).toBeGreaterThanOrEqual(70);
      expect(post.mean).toBeLessThanOrEqual(90);
      expect(post.passed).toBeGreaterThan(post.n / 2);
      expect(post.passed).toBeLessThan(post.n);
    }

    // Everyone approved was sent a link to each of the three.
    const [links] = await t.db.query(
      `SELECT (SELECT count(*)::int FROM evaluation_links l JOIN evaluations e ON e.id = l.evaluation_id
                WHERE e.event_id = ANY($1)) AS sent,
              (SELECT 3 * count(*)::int FROM registrations
                WHERE event_id = ANY($1) AND status = 'approved') AS expected`,
      [mogadishu],
    );
    expect(links.sent).toBe(links.expected);

    // Each stored score is what the answers earn against the evaluation's own questions.
    const responses = await t.db.query(
      `SELECT r.answers, r.score_percent::float AS score, r.passed, e.questions, e.pass_mark_percent
         FROM evaluation_responses r JOIN evaluations e ON e.id = r.evaluation_id
        WHERE r.kind <> 'survey'`,
    );
    for (const r of responses) {
      const answers = evaluationResponseInputSchema.parse(r.answers).answers;
      const questions = r.questions as {
        id: string;
        points: number;
        options: { id: string; correct: boolean }[];
      }[];
      expect(answers.map((a) => a.questionId)).toEqual(questions.map((q) => q.id));
      const earned = questions
        .filter((q, n) => {
          const right = q.options
            .filter((o) => o.correct)
            .map((o) => o.id)
            .sort();
          return JSON.stringify([...answers[n].optionIds].sort()) === JSON.stringify(right);
        })
        .reduce((sum, q) => sum + q.points, 0);
      const possible = questions.reduce((sum, q) => sum + q.points, 0);
      expect(r.score).toBeCloseTo((earned / possible) * 100, 2);
      expect(r.passed).toBe(r.score >= r.pass_mark_percent);
    }

    // The survey: a rating row per Likert answer, and the response's mean of them.
    const surveys = await t.db.query(
      `SELECT r.answers, r.rating_mean::float AS mean,
              (SELECT array_agg(s.rating ORDER BY s.rating) FROM survey_ratings s WHERE s.response_id = r.id) AS ratings
         FROM evaluation_responses r WHERE r.event_id = ANY($1) AND r.kind = 'survey'`,
      [mogadishu],
    );
    expect(surveys.length).toBeGreaterThan(100);
    for (const s of surveys) {
      const likert = evaluationResponseInputSchema
        .parse(s.answers)
        .survey.flatMap((a) => (a.rating === null ? [] : [a.rating]));
      expect([...likert].sort()).toEqual(s.ratings);
      expect(s.mean).toBeCloseTo(likert.reduce((a, b) => a + b, 0) / likert.length, 3);
    }
  });

  it('issued certificates to both deliveries at 80 %, one revoked by mistake; every PDF downloads', async () => {
    const certificates = await t.db.query(
      `SELECT c.id, c.event_id, c.status, c.revocation_reason, c.file_key FROM certificates c`,
    );
    expect(certificates.length).toBeGreaterThanOrEqual(110);
    expect(new Set(certificates.map((c: { event_id: string }) => c.event_id))).toEqual(
      new Set(mogadishu),
    );
    const revoked = certificates.filter((c: { status: string }) => c.status === 'revoked');
    expect(revoked).toMatchObject([
      { event_id: mogadishu[0], status: 'revoked', revocation_reason: 'Issued by mistake' },
    ]);
    // Issued after each delivery ended, in its year; revoked a few days later.
    const [dates] = await t.db.query(
      `SELECT count(*) FILTER (WHERE c.issued_at::date <= e.end_date
                                  OR extract(year FROM c.issued_at) <> 2020)::int AS misdated,
              count(*) FILTER (WHERE c.revoked_at <= c.issued_at)::int AS revoked_before
         FROM certificates c JOIN events e ON e.id = c.event_id`,
    );
    expect(dates).toEqual({ misdated: 0, revoked_before: 0 });
    // The second cohort's files are drawn on first download, to keep the fresh start short.
    const [second] = certificates.filter(
      (c: { event_id: string; file_key: string | null }) =>
        c.event_id === mogadishu[1] && c.file_key === null,
    );
    expect(second).toBeDefined();
    const admin = browserClient(t.app);
    await admin
      .post('/api/auth/login')
      .send({ email: 'admin@multaqa.test', password: DEMO_PASSWORD })
      .expect(200);
    const pdf = await admin
      .get(`/api/certificates/${second.id}/pdf`)
      .buffer(true)
      .parse(binary as never)
      .expect(200);
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('shows no two demo people of one institution as possible duplicates', async () => {
    const people: {
      id: string;
      institution_id: string;
      email: string;
      phone: string | null;
      name_key_ar: string;
      name_key_latin: string;
    }[] = await t.db.query(
      'SELECT id, institution_id, email, phone, name_key_ar, name_key_latin FROM participants',
    );
    const key = (p: (typeof people)[number]) => ({
      id: p.id,
      email: p.email,
      phone: p.phone,
      institutionId: p.institution_id,
      nameKeyAr: p.name_key_ar,
      nameKeyLatin: p.name_key_latin,
    });
    const clashes: string[] = [];
    people.forEach((a, i) => {
      for (const b of people.slice(i + 1)) {
        if (a.institution_id === b.institution_id && duplicateReasons(key(a), key(b)).length > 0) {
          clashes.push(`${a.name_key_latin} ~ ${b.name_key_latin}`);
        }
      }
    });
    expect(clashes).toEqual([]);
  });
});
