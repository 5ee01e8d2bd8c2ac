import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Event, PublicRegistrationInput, TrainingPackage } from '@multaqa/contract';
import {
  type Agent,
  createEvent,
  publishedPackage,
  trainingInput,
  openEvent as openEventFor,
} from './support/fixtures.js';
import { SmtpCatcher } from './support/smtp-catcher.js';
import { createTestApp, TEST_PASSWORD, type TestApp } from './support/test-app.js';

let counter = 0;
const person = (overrides: Partial<PublicRegistrationInput> = {}): PublicRegistrationInput => {
  counter += 1;
  return {
    fullNameLatin: `Public Person ${counter}`,
    gender: 'female',
    nationality: 'SO',
    email: `public-${counter}-${Date.now()}@example.org`,
    preferredLanguage: 'en',
    submissionId: randomUUID(),
    answers: {},
    ...overrides,
  };
};

/** The public form must not tell anyone which addresses have an account or a registration. */
describe('public registration without a password', () => {
  let t: TestApp;
  let smtp: SmtpCatcher;
  let coordinator: Agent;
  let pkg: TrainingPackage;

  beforeAll(async () => {
    smtp = await new SmtpCatcher().start();
    t = await createTestApp({ SMTP_URL: smtp.url, PUBLIC_URL: 'http://multaqa.test' });
    coordinator = (await t.signIn(['coordinator'])).agent;
    pkg = await publishedPackage(coordinator);
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  const openEvent = async (): Promise<Event> => {
    return openEventFor(coordinator, pkg.id, { capacity: 10 });
  };
  const register = (event: Event, input: object) =>
    t.http().post(`/api/public/events/${event.id}/registrations`).send(input);
  const registeredEmails = async (event: Event) => {
    await t.decided(event.id);
    const res = await coordinator.get(`/api/events/${event.id}/registrations`).expect(200);
    return (res.body.items as { participant: { email: string } }[]).map((r) => r.participant.email);
  };
  const linkIn = (text: string) =>
    /http:\/\/multaqa\.test\/register\/confirm\?token=([\w-]+)/.exec(text)![1];
  const confirm = (token: string) =>
    t.http().post('/api/public/registration-confirmations').send({ token });
  /** What an outsider sees of an answer: status, headers that could differ, and the body's shape. */
  const seen = (res: { status: number; body: object; headers: Record<string, string> }) => ({
    status: res.status,
    type: res.headers['content-type'],
    keys: Object.keys(res.body),
  });

  it('answers the same for a new address, an account and an address already registered', async () => {
    const event = await openEvent();
    const newcomer = person();
    const { user: owner } = await t.signIn(['participant']);
    const { user: admin } = await t.signIn(['admin']);

    const answers = [
      await register(event, newcomer),
      await register(event, person({ email: owner.email })),
      await register(event, person({ email: admin.email })),
      await register(event, { ...newcomer, submissionId: randomUUID() }),
    ];
    for (const res of answers) expect(seen(res)).toEqual(seen(answers[0]));
    expect(answers[0].status).toBe(202);
    expect(answers[1].body).toEqual({ submissionId: expect.any(String) });

    // Only the new address is registered; the accounts' owners are asked first.
    expect(await registeredEmails(event)).toEqual([newcomer.email]);
    const toNewcomer = await smtp.waitFor(newcomer.email, /^Confirm your registration/);
    expect(toNewcomer.text).toContain('choose a password');
    await smtp.waitFor(newcomer.email, /^Your place is confirmed/);
    await smtp.waitFor(newcomer.email, /^You are already registered/);
    const toOwner = await smtp.waitFor(owner.email, /^Confirm your registration/);
    expect(toOwner.text).toContain('already has a Multaqa account');
    expect(toOwner.text).toMatch(/register\/confirm\?token=/);
    await smtp.waitFor(admin.email, /^Confirm your registration/);
    // The owner's own name, not what the form said, greets them.
    expect(toOwner.text).toContain(owner.fullName);
    expect(toOwner.text).not.toContain('Public Person');
  });

  it('refuses a password field: the form has none', async () => {
    const event = await openEvent();
    const res = await register(event, { ...person(), password: 'a-long-password' });
    expect(res.status).toBe(400);
    expect(await registeredEmails(event)).toEqual([]);
  });

  it('registers the owner of an account only when they confirm from their mailbox', async () => {
    const event = await openEvent();
    const { user: owner, agent: ownerAgent } = await t.signIn(['participant']);
    await register(event, person({ email: owner.email, fullNameLatin: 'Someone Else' })).expect(
      202,
    );
    expect(await registeredEmails(event)).toEqual([]);
    expect((await ownerAgent.get('/api/me/registrations').expect(200)).body).toEqual([]);

    const mail = await smtp.waitFor(owner.email, /^Confirm your registration/);
    const confirmed = await confirm(linkIn(mail.text)).expect(200);
    expect(confirmed.body).toMatchObject({
      registration: { status: 'approved', event: { id: event.id } },
      setPasswordToken: null,
    });
    expect(await registeredEmails(event)).toEqual([owner.email]);
    const mine = (await ownerAgent.get('/api/me/registrations').expect(200)).body;
    expect(mine.map((r: { id: string }) => r.id)).toEqual([confirmed.body.registration.id]);
    // The account's password is untouched, and the link works once.
    await t
      .http()
      .post('/api/auth/login')
      .send({ email: owner.email, password: TEST_PASSWORD })
      .expect(200);
    expect((await confirm(linkIn(mail.text))).body.code).toBe('token_invalid');
    await smtp.waitFor(owner.email, /^Your place is confirmed/);
  });

  it('attaches a new address’s registration to the account its confirmation opens', async () => {
    const event = await openEvent();
    const input = person();
    await register(event, input).expect(202);
    const mail = await smtp.waitFor(input.email, /^Confirm your registration/);
    const confirmed = await confirm(linkIn(mail.text)).expect(200);
    expect(confirmed.body.setPasswordToken).toEqual(expect.any(String));
    await t
      .http()
      .post('/api/auth/password-reset/confirm')
      .send({ token: confirmed.body.setPasswordToken, password: 'my-own-long-password' })
      .expect(204);
    const signedIn = await t
      .http()
      .post('/api/auth/login')
      .send({ email: input.email, password: 'my-own-long-password' })
      .expect(200);
    const cookie = String(signedIn.headers['set-cookie']).split(';')[0];
    const mine = await t.http().get('/api/me/registrations').set('Cookie', cookie).expect(200);
    expect(mine.body.map((r: { id: string }) => r.id)).toEqual([confirmed.body.registration.id]);

    // A second event: the address now has an account, so the owner confirms again.
    const next = await openEvent();
    await register(next, { ...input, submissionId: randomUUID() }).expect(202);
    expect(await registeredEmails(next)).toEqual([]);
  });

  it('keeps capacity exact and answers 202 to all when the three cases arrive at once', async () => {
    const event = await createEvent(coordinator, trainingInput(pkg.id, { capacity: 4 }));
    await coordinator
      .put(`/api/events/${event.id}/registration-form`)
      .send({ approvalRequired: false })
      .expect(200);
    await coordinator
      .post(`/api/events/${event.id}/transitions`)
      .send({ to: 'registration_open' })
      .expect(201);
    const early = person();
    await register(event, early).expect(202);
    const owners = await Promise.all([1, 2, 3].map(() => t.signIn(['participant'])));
    const newcomers = Array.from({ length: 8 }, () => person());
    const results = await Promise.all([
      ...newcomers.map((p) => register(event, p)),
      ...owners.map(({ user }) => register(event, person({ email: user.email }))),
      ...[1, 2, 3].map(() => register(event, { ...early, submissionId: randomUUID() })),
    ]);
    expect(results.map((r) => r.status)).toEqual(Array(results.length).fill(202));
    await t.decided(event.id);
    const res = await coordinator
      .get(`/api/events/${event.id}/registrations`)
      .query({ pageSize: 100 })
      .expect(200);
    const items = res.body.items as { status: string; participant: { email: string } }[];
    expect(items).toHaveLength(9);
    expect(items.filter((r) => r.status === 'approved')).toHaveLength(4);
    expect(items.filter((r) => r.status === 'waitlisted')).toHaveLength(5);
  });

  it('refuses unknown tokens', async () => {
    const res = await confirm('not-a-real-token-at-all');
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('token_invalid');
  });
});
