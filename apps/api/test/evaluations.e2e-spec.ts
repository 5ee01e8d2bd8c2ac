import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type {
  BankQuestionInput,
  Eligibility,
  Evaluation,
  EvaluationForm,
  EvaluationResults,
  MyEvaluation,
  QuestionBank,
  Session,
  TrainingPackage,
} from '@multaqa/contract';
import { socialMediaPackage } from '../src/database/seed/demo-data.js';
import { approvedPeople } from './support/attendance-fixtures.js';
import { defaultTemplate } from './support/certificate-fixtures.js';
import { type Agent, createEvent, publishedPackage, trainingInput } from './support/fixtures.js';
import { SmtpCatcher } from './support/smtp-catcher.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const HOUR = 3_600_000;
const iso = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString();
const OPEN_WINDOW = { opensAt: iso(-HOUR), closesAt: iso(30 * 24 * HOUR) };

/** Option ids named so the answers below read as what they choose. */
const ids = {
  q1: randomUUID(),
  q1right: randomUUID(),
  q1wrong: randomUUID(),
  q2: randomUUID(),
  q2rightA: randomUUID(),
  q2rightB: randomUUID(),
  q2wrong: randomUUID(),
  q3: randomUUID(),
  q3wrong: randomUUID(),
  q3right: randomUUID(),
};

/** 4 points in all: q1 (single, 1 point), q2 (multiple, 2 points), q3 (single, 1 point). */
const bank: BankQuestionInput[] = [
  {
    id: ids.q1,
    type: 'single',
    prompt: { en: 'What is a hashtag for?', ar: 'ما فائدة الوسم؟' },
    options: [
      { id: ids.q1right, text: { en: 'Grouping posts' }, correct: true },
      { id: ids.q1wrong, text: { en: 'Deleting posts' }, correct: false },
    ],
  },
  {
    id: ids.q2,
    type: 'multiple',
    prompt: { en: 'Which are social networks?' },
    points: 2,
    options: [
      { id: ids.q2rightA, text: { en: 'Facebook' }, correct: true },
      { id: ids.q2rightB, text: { en: 'X' }, correct: true },
      { id: ids.q2wrong, text: { en: 'A spreadsheet' }, correct: false },
    ],
  },
  {
    id: ids.q3,
    type: 'single',
    prompt: { en: 'Best time to check a source?' },
    options: [
      { id: ids.q3wrong, text: { en: 'After sharing' }, correct: false },
      { id: ids.q3right, text: { en: 'Before sharing' }, correct: true },
    ],
  },
];

type Answers = { questionId: string; optionIds: string[] }[];
const answers = (q1: string[], q2: string[], q3: string[]): Answers => [
  { questionId: ids.q1, optionIds: q1 },
  { questionId: ids.q2, optionIds: q2 },
  { questionId: ids.q3, optionIds: q3 },
];
/** 2 of 4 points: q2 half right scores nothing. */
const HALF = answers([ids.q1right], [ids.q2rightA], [ids.q3right]);
const ALL_RIGHT = answers([ids.q1right], [ids.q2rightA, ids.q2rightB], [ids.q3right]);
const ALL_WRONG = answers([ids.q1wrong], [ids.q2wrong], [ids.q3wrong]);
/** 3 of 4 points. */
const THREE_QUARTERS = answers([ids.q1right], [ids.q2rightA, ids.q2rightB], [ids.q3wrong]);

const surveyItems = {
  event: randomUUID(),
  session: randomUUID(),
  trainer: randomUUID(),
  comment: randomUUID(),
};
const SURVEY = [
  { id: surveyItems.event, type: 'likert', scope: 'event', prompt: { en: 'Overall' } },
  { id: surveyItems.session, type: 'likert', scope: 'session', prompt: { en: 'Useful' } },
  { id: surveyItems.trainer, type: 'likert', scope: 'trainer', prompt: { en: 'Clear' } },
  { id: surveyItems.comment, type: 'text', scope: 'event', prompt: { en: 'Comments' } },
];

const tokenIn = (text: string) =>
  /https:\/\/multaqa\.example\/evaluate\/([A-Za-z0-9_-]{43})/.exec(text)?.[1];

describe('evaluations', () => {
  let t: TestApp;
  const smtp = new SmtpCatcher();
  const storage = mkdtempSync(join(tmpdir(), 'multaqa-evaluations-'));
  let admin: Agent;
  let coordinator: Agent;
  let otherCoordinator: Agent;
  let trainer: Agent;
  let trainerId: string;
  let pkg: TrainingPackage;
  let eventId: string;
  let sessions: Session[];
  let people: { participantId: string; registrationId: string }[];
  /** People 0 and 1 use the portal; people 2 and 3 only get links (2 prefers Arabic). */
  let portal: Agent[];
  let outsider: Agent;

  const evaluationOf = async (kind: string): Promise<Evaluation> => {
    const res = await coordinator.get(`/api/events/${eventId}/evaluations`).expect(200);
    return (res.body.items as Evaluation[]).find((e) => e.kind === kind)!;
  };
  const put = (kind: string, body: object, agent: Agent = coordinator) =>
    agent.put(`/api/events/${eventId}/evaluations/${kind}`).send(body);
  const submit = async (who: Agent, kind: string, body: object) =>
    who.post(`/api/me/evaluations/${(await evaluationOf(kind)).id}/responses`).send(body);

  beforeAll(async () => {
    await smtp.start();
    t = await createTestApp({
      SMTP_URL: smtp.url,
      PUBLIC_URL: 'https://multaqa.example',
      STORAGE_DIR: storage,
    });
    admin = (await t.signIn(['admin'])).agent;
    coordinator = (await t.signIn(['coordinator'])).agent;
    otherCoordinator = (await t.signIn(['coordinator'])).agent;
    const trainerSignIn = await t.signIn(['trainer']);
    trainer = trainerSignIn.agent;
    trainerId = trainerSignIn.user.id;
    outsider = (await t.signIn(['participant'])).agent;

    const draft = await coordinator.post('/api/training-packages').send(socialMediaPackage);
    expect(draft.status).toBe(201);
    await coordinator
      .put(`/api/training-packages/${draft.body.id}/questions`)
      .send({ questions: bank })
      .expect(200);
    pkg = (await coordinator.post(`/api/training-packages/${draft.body.id}/publish`).expect(200))
      .body as TrainingPackage;

    const event = await createEvent(coordinator, trainingInput(pkg.id));
    eventId = event.id;
    sessions = [];
    for (const i of [0, 1]) {
      const res = await coordinator.post(`/api/events/${eventId}/sessions`).send({
        title: { en: `Session ${i + 1}`, ar: `الجلسة ${i + 1}` },
        type: 'workshop',
        room: `Room ${i + 1}`,
        date: '2020-01-12',
        startTime: `${9 + 2 * i}:00`.padStart(5, '0'),
        endTime: `${10 + 2 * i}:30`,
        speakers: [{ userId: trainerId }],
        allowConflicts: true,
      });
      expect(res.status).toBe(201);
      sessions.push(res.body as Session);
    }
    people = await approvedPeople(t, eventId, 4);
    portal = [];
    for (const person of people.slice(0, 2)) {
      const self = await t.signIn(['participant']);
      await t.db.query('UPDATE participants SET user_id = $1 WHERE id = $2', [
        self.user.id,
        person.participantId,
      ]);
      portal.push(self.agent);
    }
    await t.db.query(`UPDATE participants SET preferred_language = 'ar' WHERE id = $1`, [
      people[2].participantId,
    ]);
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
    rmSync(storage, { recursive: true, force: true });
  });

  describe('question bank', () => {
    it('keeps the draft version’s questions in order and shows them to who reads the package', async () => {
      const res = await coordinator.get(`/api/training-packages/${pkg.id}/questions`).expect(200);
      const read = res.body as QuestionBank;
      expect(read.questions.map((q) => q.id)).toEqual([ids.q1, ids.q2, ids.q3]);
      expect(read.questions[0]).toMatchObject({ type: 'single', points: 1 });
      expect(read.questions[1].options.filter((o) => o.correct)).toHaveLength(2);
      await trainer.get(`/api/training-packages/${pkg.id}/questions`).expect(200);
      await outsider.get(`/api/training-packages/${pkg.id}/questions`).expect(403);
      await trainer.put(`/api/training-packages/${pkg.id}/questions`).send(read).expect(403);
    });

    it('refuses to change a published version’s bank', async () => {
      const res = await coordinator
        .put(`/api/training-packages/${pkg.id}/questions`)
        .send({ questions: [] });
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('package_not_draft');
    });

    it('hides a draft bank from trainers', async () => {
      const draft = await coordinator.post('/api/training-packages').send(socialMediaPackage);
      await trainer.get(`/api/training-packages/${draft.body.id}/questions`).expect(404);
    });

    it('copies the bank into a new version with new ids', async () => {
      const next = await coordinator
        .post(`/api/training-packages/${pkg.id}/new-version`)
        .expect(201);
      const copy = (
        await coordinator.get(`/api/training-packages/${next.body.id}/questions`).expect(200)
      ).body as QuestionBank;
      expect(copy.questions.map((q) => q.prompt)).toEqual(bank.map((q) => q.prompt));
      expect(copy.questions.map((q) => q.points)).toEqual([1, 2, 1]);
      expect(copy.questions[1].options.map((o) => o.correct)).toEqual([true, true, false]);
      const oldIds = new Set<string>(Object.values(ids));
      const newIds = copy.questions.flatMap((q) => [q.id, ...q.options.map((o) => o.id)]);
      expect(newIds.filter((id) => oldIds.has(id))).toEqual([]);
      // The draft's bank is its own: editing it leaves the published version's alone.
      await coordinator
        .put(`/api/training-packages/${next.body.id}/questions`)
        .send({ questions: copy.questions.slice(0, 1) })
        .expect(200);
      const original = await coordinator
        .get(`/api/training-packages/${pkg.id}/questions`)
        .expect(200);
      expect(original.body.questions).toHaveLength(3);
    });
  });

  describe('setting up', () => {
    it('refuses what cannot be set up, each with its own code', async () => {
      const conference = await createEvent(
        coordinator,
        trainingInput(pkg.id, { kind: 'conference', packageId: null }),
      );
      const noPackage = await coordinator
        .put(`/api/events/${conference.id}/evaluations/pre_test`)
        .set('Accept-Language', 'ar')
        .send(OPEN_WINDOW);
      expect(noPackage.status).toBe(422);
      expect(noPackage.body.code).toBe('evaluation_needs_package');
      expect(noPackage.body.detail).toBe(
        'يطرح الاختبار أسئلة الحقيبة التدريبية: اختر حقيبة الفعالية أولًا.',
      );

      const emptyBank = await createEvent(
        coordinator,
        trainingInput((await publishedPackage(coordinator)).id),
      );
      const noQuestions = await coordinator
        .put(`/api/events/${emptyBank.id}/evaluations/post_test`)
        .send(OPEN_WINDOW);
      expect(noQuestions.status).toBe(422);
      expect(noQuestions.body.code).toBe('evaluation_no_questions');

      const unknown = await put('pre_test', { ...OPEN_WINDOW, questionIds: [randomUUID()] });
      expect(unknown.status).toBe(422);
      expect(unknown.body.code).toBe('evaluation_unknown_question');

      const noItems = await put('survey', { ...OPEN_WINDOW, items: [] });
      expect(noItems.status).toBe(422);
      expect(noItems.body.code).toBe('evaluation_no_items');

      const backwards = await put('survey', {
        opensAt: OPEN_WINDOW.closesAt,
        closesAt: OPEN_WINDOW.opensAt,
        items: SURVEY,
      });
      expect(backwards.status).toBe(422);
      expect(backwards.body.code).toBe('evaluation_window');

      await t.db.query(`UPDATE events SET status = 'cancelled' WHERE id = $1`, [emptyBank.id]);
      const cancelled = await coordinator
        .put(`/api/events/${emptyBank.id}/evaluations/survey`)
        .send({ ...OPEN_WINDOW, items: SURVEY });
      expect(cancelled.status).toBe(409);
      expect(cancelled.body.code).toBe('event_read_only');
      expect((await evaluationOf('pre_test')) ?? null).toBeNull();
    });

    it('lets only the event’s coordinators and admins set up', async () => {
      await put('pre_test', OPEN_WINDOW, trainer).expect(403);
      await put('pre_test', OPEN_WINDOW, portal[0]).expect(403);
      const other = await put('pre_test', OPEN_WINDOW, otherCoordinator);
      expect(other.status).toBe(404);
      await otherCoordinator.get(`/api/events/${eventId}/evaluations`).expect(404);
    });

    it('copies the bank into the tests and sets up the survey', async () => {
      const pre = await put('pre_test', OPEN_WINDOW);
      expect(pre.status).toBe(200);
      expect(pre.body).toMatchObject({
        kind: 'pre_test',
        state: 'open',
        passMarkPercent: 60,
        expected: 4,
        answered: 0,
        invitedAt: null,
      });
      expect((pre.body as Evaluation).questions.map((q) => q.id)).toEqual([ids.q1, ids.q2, ids.q3]);
      await admin
        .put(`/api/events/${eventId}/evaluations/post_test`)
        .send({ ...OPEN_WINDOW, questionIds: [ids.q1, ids.q2, ids.q3] })
        .expect(200);
      await put('survey', { ...OPEN_WINDOW, items: SURVEY }).expect(200);
      const list = await coordinator.get(`/api/events/${eventId}/evaluations`).expect(200);
      expect((list.body.items as Evaluation[]).map((e) => e.kind).sort()).toEqual([
        'post_test',
        'pre_test',
        'survey',
      ]);
    });
  });

  describe('taking in the portal', () => {
    it('lists the participant’s evaluations and shows a test without its answers', async () => {
      const mine = (await portal[0].get('/api/me/evaluations').expect(200)).body as {
        items: MyEvaluation[];
      };
      expect(mine.items).toHaveLength(3);
      expect(mine.items.every((e) => e.state === 'open' && e.result === null)).toBe(true);
      expect((await outsider.get('/api/me/evaluations').expect(200)).body.items).toEqual([]);

      const pre = await evaluationOf('pre_test');
      const form = await portal[0].get(`/api/me/evaluations/${pre.id}`).expect(200);
      expect((form.body as EvaluationForm).questions).toHaveLength(3);
      expect(JSON.stringify(form.body)).not.toContain('correct');
      await outsider.get(`/api/me/evaluations/${pre.id}`).expect(404);
    });

    it('expands the survey per held session and per trainer, in the reader’s language', async () => {
      const survey = await evaluationOf('survey');
      const form = await portal[0]
        .get(`/api/me/evaluations/${survey.id}`)
        .set('Accept-Language', 'ar')
        .expect(200);
      const rows = (form.body as EvaluationForm).rows;
      expect(rows.map((r) => [r.itemId, r.sessionId, r.trainerId, r.subject])).toEqual([
        [surveyItems.event, null, null, null],
        [surveyItems.session, sessions[0].id, null, 'الجلسة 1'],
        [surveyItems.session, sessions[1].id, null, 'الجلسة 2'],
        [surveyItems.trainer, null, trainerId, expect.any(String)],
        [surveyItems.comment, null, null, null],
      ]);
    });

    it('refuses answers outside the window', async () => {
      await put('pre_test', { opensAt: iso(HOUR), closesAt: iso(2 * HOUR) }).expect(200);
      const early = await submit(portal[0], 'pre_test', { answers: ALL_RIGHT });
      expect(early.status).toBe(422);
      expect(early.body.code).toBe('evaluation_not_open');
      await put('pre_test', { opensAt: iso(-2 * HOUR), closesAt: iso(-HOUR) }).expect(200);
      expect((await evaluationOf('pre_test')).state).toBe('closed');
      const late = await submit(portal[0], 'pre_test', { answers: ALL_RIGHT });
      expect(late.status).toBe(422);
      expect(late.body.code).toBe('evaluation_closed');
      const invite = await coordinator.post(
        `/api/events/${eventId}/evaluations/pre_test/invitations`,
      );
      expect(invite.status).toBe(422);
      expect(invite.body.code).toBe('evaluation_closed');
      await put('pre_test', OPEN_WINDOW).expect(200);
    });

    it('refuses incomplete and ill-fitting answers', async () => {
      const missing = await submit(portal[0], 'pre_test', { answers: ALL_RIGHT.slice(0, 1) });
      expect(missing.status).toBe(422);
      expect(missing.body.code).toBe('evaluation_incomplete');
      expect(missing.body.missingQuestionIds).toEqual([ids.q2, ids.q3]);
      expect(missing.body.detail).toContain('2');

      const foreignOption = await submit(portal[0], 'pre_test', {
        answers: answers([ids.q3right], [ids.q2rightA], [ids.q3right]),
      });
      expect(foreignOption.status).toBe(422);
      expect(foreignOption.body.code).toBe('evaluation_invalid_answer');

      const twoForSingle = await submit(portal[0], 'pre_test', {
        answers: answers([ids.q1right, ids.q1wrong], [ids.q2rightA], [ids.q3right]),
      });
      expect(twoForSingle.status).toBe(422);
      expect(twoForSingle.body.code).toBe('evaluation_invalid_answer');

      const unknownRow = await submit(portal[0], 'survey', {
        survey: [{ itemId: surveyItems.session, sessionId: randomUUID(), rating: 4 }],
      });
      expect(unknownRow.status).toBe(422);
      expect(unknownRow.body.code).toBe('evaluation_unknown_row');
    });

    it('scores each test at submission and tells the participant', async () => {
      const pre0 = await submit(portal[0], 'pre_test', { answers: HALF });
      expect(pre0.status).toBe(201);
      expect(pre0.body).toMatchObject({ scorePercent: 50, passed: false });
      expect((await submit(portal[0], 'post_test', { answers: ALL_RIGHT })).body).toMatchObject({
        scorePercent: 100,
        passed: true,
      });
      expect((await submit(portal[1], 'pre_test', { answers: ALL_WRONG })).body).toMatchObject({
        scorePercent: 0,
        passed: false,
      });
      expect((await submit(portal[1], 'post_test', { answers: HALF })).body).toMatchObject({
        scorePercent: 50,
        passed: false,
      });
      const mine = (await portal[0].get('/api/me/evaluations').expect(200)).body as {
        items: MyEvaluation[];
      };
      expect(mine.items.find((e) => e.kind === 'pre_test')?.result).toMatchObject({
        scorePercent: 50,
        passed: false,
      });
      const again = await submit(portal[0], 'pre_test', { answers: ALL_RIGHT });
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('evaluation_already_answered');
    });

    it('stores one survey response when five submits race', async () => {
      const survey = await evaluationOf('survey');
      const body = {
        survey: [
          { itemId: surveyItems.event, rating: 5 },
          { itemId: surveyItems.session, sessionId: sessions[0].id, rating: 4 },
          { itemId: surveyItems.session, sessionId: sessions[1].id, rating: 3 },
          { itemId: surveyItems.trainer, trainerId, rating: 5 },
          { itemId: surveyItems.comment, text: 'The exercises were the best part.' },
        ],
      };
      const results = await Promise.all(
        Array.from({ length: 5 }, () =>
          portal[0].post(`/api/me/evaluations/${survey.id}/responses`).send(body),
        ),
      );
      expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409]);
      expect(results.filter((r) => r.status === 409).map((r) => r.body.code)).toEqual(
        Array(4).fill('evaluation_already_answered'),
      );
      const [{ responses, ratings, mean }] = await t.db.query(
        `SELECT count(DISTINCT resp.id)::int AS responses, count(sr.id)::int AS ratings,
                max(resp.rating_mean)::float AS mean
           FROM evaluation_responses resp LEFT JOIN survey_ratings sr ON sr.response_id = resp.id
          WHERE resp.evaluation_id = $1`,
        [survey.id],
      );
      expect({ responses, ratings, mean }).toEqual({ responses: 1, ratings: 4, mean: 4.25 });
      await submit(portal[1], 'survey', {
        survey: [
          { itemId: surveyItems.event, rating: 3 },
          { itemId: surveyItems.session, sessionId: sessions[0].id, rating: 2 },
        ],
      }).then((res) => expect(res.status).toBe(201));
    });

    it('lets only the window change once answered', async () => {
      const changed = await put('pre_test', { ...OPEN_WINDOW, passMarkPercent: 50 });
      expect(changed.status).toBe(409);
      expect(changed.body.code).toBe('evaluation_answered');
      const fewer = await put('pre_test', { ...OPEN_WINDOW, questionIds: [ids.q1] });
      expect(fewer.status).toBe(409);
      const moved = await put('pre_test', { ...OPEN_WINDOW, closesAt: iso(40 * 24 * HOUR) });
      expect(moved.status).toBe(200);
      expect(moved.body.answered).toBe(2);
      const removed = await coordinator.delete(`/api/events/${eventId}/evaluations/pre_test`);
      expect(removed.status).toBe(409);
      expect(removed.body.code).toBe('evaluation_answered');
    });
  });

  describe('links by email', () => {
    it('emails a working link to whoever has not answered, once', async () => {
      const invited = await coordinator
        .post(`/api/events/${eventId}/evaluations/pre_test/invitations`)
        .expect(200);
      expect(invited.body).toEqual({ sent: 2 });
      expect((await evaluationOf('pre_test')).invitedAt).not.toBeNull();

      const [person2] = await t.db.query('SELECT email FROM participants WHERE id = $1', [
        people[2].participantId,
      ]);
      const mail = await smtp.waitFor(person2.email, /الاختبار القبلي/);
      expect(mail.html).toContain('dir="rtl"');
      const token = tokenIn(mail.text)!;
      expect(token).toBeDefined();

      // The outbox shows that a link went out, never the link.
      const outbox = await admin.get('/api/outbox').query({ q: person2.email }).expect(200);
      expect(JSON.stringify(outbox.body)).not.toContain(token);

      const anonymous = t.http();
      const form = await anonymous.get(`/api/public/evaluations/${token}`).expect(200);
      expect((form.body as EvaluationForm).kind).toBe('pre_test');
      expect(JSON.stringify(form.body)).not.toContain('correct');
      const answered = await anonymous
        .post(`/api/public/evaluations/${token}/responses`)
        .send({ answers: ALL_RIGHT });
      expect(answered.status).toBe(201);
      expect(answered.body).toMatchObject({ scorePercent: 100, passed: true });
      const twice = await anonymous
        .post(`/api/public/evaluations/${token}/responses`)
        .send({ answers: ALL_RIGHT });
      expect(twice.status).toBe(409);
      expect(twice.body.code).toBe('evaluation_already_answered');
      const [channel] = await t.db.query(
        `SELECT channel FROM evaluation_responses WHERE registration_id = $1 AND kind = 'pre_test'`,
        [people[2].registrationId],
      );
      expect(channel.channel).toBe('link');

      const unknown = await anonymous.get(`/api/public/evaluations/${'A'.repeat(43)}`);
      const malformed = await anonymous.get('/api/public/evaluations/not-a-token');
      expect([unknown.status, malformed.status]).toEqual([404, 404]);
      expect(unknown.body.detail).toBe(malformed.body.detail);
    });

    it('replaces the old link with a new invitation', async () => {
      const [person2] = await t.db.query('SELECT email FROM participants WHERE id = $1', [
        people[2].participantId,
      ]);
      const postLinks = () =>
        smtp.mails
          .filter((m) => m.to === person2.email && /الاختبار البعدي/.test(m.subject))
          .map((m) => tokenIn(m.text)!);
      const invite = () =>
        coordinator.post(`/api/events/${eventId}/evaluations/post_test/invitations`).expect(200);
      expect((await invite()).body).toEqual({ sent: 2 });
      const first = tokenIn((await smtp.waitFor(person2.email, /الاختبار البعدي/)).text)!;
      await invite();
      const deadline = Date.now() + 30_000;
      while (postLinks().length < 2 && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 100));
      }
      const latest = postLinks();
      expect(latest).toHaveLength(2);
      expect(latest[1]).not.toBe(first);
      await t.http().get(`/api/public/evaluations/${first}`).expect(404);
      await t
        .http()
        .post(`/api/public/evaluations/${latest[1]}/responses`)
        .send({ answers: THREE_QUARTERS })
        .expect(201);
    });
  });

  describe('results', () => {
    it('gives each participant’s scores and gain, the cohort and the survey', async () => {
      const res = await coordinator.get(`/api/events/${eventId}/evaluations/results`).expect(200);
      const results = res.body as EvaluationResults;
      const byRegistration = new Map(results.participants.map((p) => [p.registrationId, p]));
      const row = (i: number) => {
        const p = byRegistration.get(people[i].registrationId)!;
        return [p.prePercent, p.postPercent, p.gainPoints, p.postPassed];
      };
      expect([0, 1, 2, 3].map(row)).toEqual([
        [50, 100, 50, true],
        [0, 50, 50, false],
        [100, 75, -25, true],
        [null, null, null, null],
      ]);
      expect(byRegistration.get(people[0].registrationId)?.fullNameLatin).toBe('Participant 00000');
      expect(results.cohort).toEqual({
        approved: 4,
        preTaken: 3,
        postTaken: 3,
        preMeanPercent: 50,
        postMeanPercent: 75,
        gainPoints: 25,
        passRatePercent: 66.67,
        surveyResponses: 2,
        // 5, 4, 3, 5 and 3, 2.
        satisfactionMean: 3.67,
      });
      const item = (itemId: string, sessionId: string | null = null) =>
        results.survey.find((s) => s.itemId === itemId && s.sessionId === sessionId)!;
      expect(item(surveyItems.event)).toMatchObject({
        count: 2,
        mean: 4,
        distribution: [0, 0, 1, 0, 1],
      });
      expect(item(surveyItems.session, sessions[0].id)).toMatchObject({
        subject: 'Session 1',
        count: 2,
        mean: 3,
        distribution: [0, 1, 0, 1, 0],
      });
      expect(item(surveyItems.session, sessions[1].id)).toMatchObject({ count: 1, mean: 3 });
      expect(results.survey.find((s) => s.trainerId === trainerId)).toMatchObject({
        count: 1,
        mean: 5,
      });
      expect(results.survey.some((s) => s.itemId === surveyItems.comment)).toBe(false);
      expect(results.comments).toEqual([
        { itemId: surveyItems.comment, subject: null, text: 'The exercises were the best part.' },
      ]);
    });

    it('is for the event’s staff only', async () => {
      await portal[0].get(`/api/events/${eventId}/evaluations/results`).expect(403);
      await trainer.get(`/api/events/${eventId}/evaluations/results`).expect(403);
      await otherCoordinator.get(`/api/events/${eventId}/evaluations/results`).expect(404);
      await admin.get(`/api/events/${eventId}/evaluations/results`).expect(200);
    });
  });

  describe('certificate rule', () => {
    it('can require a passed post-test, only where there is one', async () => {
      const template = await defaultTemplate(admin);
      const rule = { minAttendancePercent: 0, templateId: template.id, requirePostTestPass: true };
      const conference = await createEvent(
        coordinator,
        trainingInput(pkg.id, { kind: 'conference', packageId: null }),
      );
      const refused = await coordinator
        .put(`/api/events/${conference.id}/certificate-rule`)
        .send(rule);
      expect(refused.status).toBe(422);
      expect(refused.body.code).toBe('post_test_missing');

      const saved = await coordinator.put(`/api/events/${eventId}/certificate-rule`).send(rule);
      expect(saved.status).toBe(200);
      expect(saved.body.rule.requirePostTestPass).toBe(true);
      const eligibility = (
        await coordinator.get(`/api/events/${eventId}/certificates/eligibility`).expect(200)
      ).body as Eligibility;
      const reasons = new Map(eligibility.entries.map((e) => [e.registrationId, e.reasons]));
      expect(people.map((p) => reasons.get(p.registrationId))).toEqual([
        [],
        ['post_test_not_passed'],
        [],
        ['post_test_not_passed'],
      ]);
      expect(eligibility.counts.qualifying).toBe(2);
    });

    it('keeps a post-test the rule requires', async () => {
      const template = await defaultTemplate(admin);
      const other = await createEvent(coordinator, trainingInput(pkg.id));
      await coordinator
        .put(`/api/events/${other.id}/evaluations/post_test`)
        .send(OPEN_WINDOW)
        .expect(200);
      await coordinator
        .put(`/api/events/${other.id}/certificate-rule`)
        .send({ templateId: template.id, requirePostTestPass: true })
        .expect(200);
      const removed = await coordinator.delete(`/api/events/${other.id}/evaluations/post_test`);
      expect(removed.status).toBe(409);
      expect(removed.body.code).toBe('post_test_required');
      await coordinator
        .put(`/api/events/${other.id}/certificate-rule`)
        .send({ templateId: template.id, requirePostTestPass: false })
        .expect(200);
      await coordinator.delete(`/api/events/${other.id}/evaluations/post_test`).expect(204);
      await coordinator.delete(`/api/events/${other.id}/evaluations/post_test`).expect(404);
    });
  });
});
