import { randomUUID } from 'node:crypto';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { seriousViolations } from './axe';
import {
  accounts,
  apiContext,
  DEMO_PASSWORD,
  SAME_ORIGIN,
  signIn,
  startSession,
  uniqueMarker,
} from './support';

const ZONE = 'Africa/Mogadishu';

/** A calendar date `days` from today on the venue's clock. */
function dayOffset(days: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(
    new Date(Date.now() + days * 86_400_000),
  );
}

async function ok(response: Awaited<ReturnType<APIRequestContext['post']>>, status = 200) {
  expect(response.status(), await response.text()).toBe(status);
  return (await response.json()) as { id: string };
}

const ids = {
  q1: randomUUID(),
  q1right: randomUUID(),
  q1wrong: randomUUID(),
  q2: randomUUID(),
  q2rightA: randomUUID(),
  q2rightB: randomUUID(),
  q2wrong: randomUUID(),
};

/**
 * A published package with a two-question bank, and a training of it that ended yesterday in
 * Mogadishu, coordinated by the demo coordinator, with the demo participant approved. The
 * post-test's default window (from the last day's noon for a week) is therefore open now.
 */
async function setUp(baseURL: string | undefined, m: string) {
  const request = await apiContext(baseURL);
  await ok(
    await request.post('/api/auth/login', {
      data: { email: accounts.admin.email, password: DEMO_PASSWORD },
    }),
  );
  const pkg = await ok(
    await request.post('/api/training-packages', {
      headers: SAME_ORIGIN,
      data: {
        title: { en: `Fact-checking ${m}`, ar: `التحقق من الأخبار ${m}` },
        modules: [{ title: { en: 'Sources', ar: 'المصادر' }, hours: 3 }],
      },
    }),
    201,
  );
  await ok(
    await request.put(`/api/training-packages/${pkg.id}/questions`, {
      headers: SAME_ORIGIN,
      data: {
        questions: [
          {
            id: ids.q1,
            type: 'single',
            prompt: { en: 'When to check a source?', ar: 'متى نتحقق من المصدر؟' },
            points: 1,
            options: [
              { id: ids.q1right, text: { en: 'Before sharing', ar: 'قبل النشر' }, correct: true },
              { id: ids.q1wrong, text: { en: 'After sharing', ar: 'بعد النشر' }, correct: false },
            ],
          },
          {
            id: ids.q2,
            type: 'multiple',
            prompt: { en: 'Which help verify a photo?', ar: 'ما الذي يساعد على التحقق من صورة؟' },
            points: 1,
            options: [
              {
                id: ids.q2rightA,
                text: { en: 'Reverse image search', ar: 'البحث العكسي عن الصور' },
                correct: true,
              },
              { id: ids.q2rightB, text: { en: 'Metadata', ar: 'البيانات الوصفية' }, correct: true },
              { id: ids.q2wrong, text: { en: 'Its likes', ar: 'عدد الإعجابات' }, correct: false },
            ],
          },
        ],
      },
    }),
  );
  await ok(
    await request.post(`/api/training-packages/${pkg.id}/publish`, { headers: SAME_ORIGIN }),
  );
  const staff = (await (await request.get('/api/users/staff')).json()) as {
    id: string;
    fullName: string;
  }[];
  const coordinator = staff.find((s) => s.fullName === accounts.coordinator.name);
  expect(coordinator, 'the demo coordinator is among the staff').toBeTruthy();
  const event = await ok(
    await request.post('/api/events', {
      headers: SAME_ORIGIN,
      data: {
        kind: 'training',
        packageId: pkg.id,
        title: { ar: `تدريب التحقق ${m}`, en: `Verification training ${m}` },
        venue: `Centre ${m}`,
        city: 'Mogadishu',
        countryCode: 'SO',
        timeZone: ZONE,
        startDate: dayOffset(-2),
        endDate: dayOffset(-1),
        languages: ['ar', 'en'],
        capacity: 30,
        coordinatorIds: [coordinator!.id],
      },
    }),
    201,
  );
  const found = await request.get(
    `/api/participants?q=${encodeURIComponent(accounts.participant.name)}`,
  );
  const { items } = (await found.json()) as { items: { id: string }[] };
  expect(items.length, 'the demo participant exists').toBeGreaterThan(0);
  const registration = await ok(
    await request.post(`/api/events/${event.id}/registrations`, {
      headers: SAME_ORIGIN,
      data: { participantId: items[0].id, answers: {} },
    }),
    201,
  );
  await ok(
    await request.post(`/api/events/${event.id}/registrations/bulk`, {
      headers: SAME_ORIGIN,
      data: { action: 'approve', registrationIds: [registration.id] },
    }),
  );
  await request.dispose();
  return { eventId: event.id };
}

// axe runs on these pages: the app's CSP forbids injected scripts.
test.use({ bypassCSP: true });

test('the coordinator sets up a post-test, the participant takes it on a phone in Arabic and sees their score, the coordinator sees the result', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const m = uniqueMarker();
  const { eventId } = await setUp(baseURL, m);

  // The coordinator sets up the post-test with the defaults: every question, open since noon yesterday.
  await signIn(page, accounts.coordinator.email, { path: `/events/${eventId}?tab=evaluations` });
  const postTest = page.getByRole('region', { name: 'Post-test' });
  await expect(postTest).toContainText('Not set up');
  await postTest.getByRole('button', { name: 'Set up' }).click();
  const dialog = page.getByRole('dialog', { name: 'Set up: Post-test' });
  await expect(dialog.getByRole('checkbox', { name: /When to check a source\?/ })).toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: /Which help verify a photo\?/ })).toBeChecked();
  expect(await seriousViolations(page, '[role="dialog"]')).toEqual([]);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(postTest.getByText('Open', { exact: true })).toBeVisible();
  await expect(postTest).toContainText('0 of 1 participant answered');
  await expect(postTest).toContainText('2 questions · pass mark 60%');

  // The participant, on a 360 px phone in Arabic.
  const phone = await browser.newContext({
    baseURL,
    locale: 'ar',
    viewport: { width: 360, height: 740 },
    bypassCSP: true,
  });
  const participant = await phone.newPage();
  // At 360 px the navigation is folded away, so no signIn(), which waits for it.
  await startSession(participant, accounts.participant.email, { lang: 'ar' });
  await participant.goto('/my/evaluations');
  await expect(participant.getByRole('heading', { level: 1, name: 'تقييماتي' })).toBeVisible();
  const card = participant.getByTestId('my-evaluation').filter({ hasText: `تدريب التحقق ${m}` });
  await expect(card).toContainText('الاختبار البعدي');
  await card.getByRole('link', { name: 'الإجابة عن الاختبار البعدي' }).click();

  await expect(participant.getByRole('heading', { name: 'الاختبار البعدي' })).toBeVisible();
  await expect(participant.getByText(/أُجيب عن (0|٠) من (2|٢)/)).toBeVisible();
  expect(await seriousViolations(participant)).toEqual([]);
  // Sending with a question unanswered points at it.
  await participant.getByRole('radio', { name: 'قبل النشر' }).check();
  await participant.getByRole('button', { name: 'إرسال إجاباتي' }).click();
  await expect(participant.getByRole('alert').filter({ hasText: 'بلا إجابة بعد' })).toBeVisible();
  await participant.getByRole('checkbox', { name: 'البحث العكسي عن الصور' }).check();
  await participant.getByRole('checkbox', { name: 'البيانات الوصفية' }).check();
  await expect(participant.getByText(/أُجيب عن (2|٢) من (2|٢)/)).toBeVisible();
  // Nothing on the page is wider than the phone.
  const overflow = await participant.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await participant.getByRole('button', { name: 'إرسال إجاباتي' }).click();
  const confirm = participant.getByRole('dialog', { name: 'إرسال إجاباتك؟' });
  await confirm.getByRole('button', { name: 'إرسال', exact: true }).click();
  const score = participant.getByTestId('evaluation-score');
  await expect(score).toContainText(/نتيجتك: (100|١٠٠)/);
  await expect(score).toContainText('ناجح');
  expect(await seriousViolations(participant)).toEqual([]);
  await participant.screenshot({
    path: '../../test-output/browser/screenshots/evaluation-score-ar.png',
  });
  await phone.close();

  // The coordinator sees the answer counted and the participant's result.
  await page.reload();
  await expect(postTest).toContainText('1 of 1 participant answered');
  const results = page.getByRole('region', { name: 'Results' });
  const row = results
    .getByTestId('evaluation-participant')
    .filter({ hasText: accounts.participant.name });
  await expect(row).toContainText('100%');
  await expect(row).toContainText('Passed');
  await expect(results).toContainText('Pass rate');
  // Deleting is refused once someone has answered.
  await expect(postTest.getByRole('button', { name: 'Delete' })).toBeDisabled();

  // No serious accessibility violation on the tab with its results.
  expect(await seriousViolations(page)).toEqual([]);
});
