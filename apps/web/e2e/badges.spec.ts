import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  expect,
  test,
  type APIRequestContext,
  type APIResponse,
  type Page,
} from '@playwright/test';
import { linkIn, MailCatcher } from './mail-catcher';
import {
  accounts,
  apiContext,
  createPackageViaApi,
  DEMO_PASSWORD,
  SAME_ORIGIN,
  signIn,
  startSession,
  uniqueMarker,
  zoneNearNoon,
} from './support';

/**
 * Issue 11, the badge desk and self check-in: a coordinator prints an A4 sheet for two people and
 * replaces a lost badge; a participant checks in from the projected link on a phone, in Arabic,
 * and finds it in their schedule. Each screen is photographed in Arabic on a phone and a laptop
 * (test-output, not committed) for a person to look at.
 */
const catcher = new MailCatcher();
let admin: APIRequestContext;
const marker = uniqueMarker();
const participantEmail = `hodan-${marker}@example.org`;
const participantPassword = 'hodan-mogadishu-2027';
let eventId: string;
let sessionId: string;
let trainerId: string;

function wallClock(instant: Date, timeZone: string): { date: string; time: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    })
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    time: `${parts.hour}:${parts.minute}`,
  };
}

async function ok<T>(response: Promise<APIResponse>, status: number) {
  const res = await response;
  expect(res.status(), await res.text()).toBe(status);
  return (await res.json()) as T;
}

async function userId(email: string): Promise<string> {
  const page = await ok<{ items: { id: string; email: string }[] }>(
    admin.get(`/api/users?q=${encodeURIComponent(email)}`),
    200,
  );
  const user = page.items.find((u) => u.email === email);
  expect(user, email).toBeTruthy();
  return user!.id;
}

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/**
 * Serious or critical WCAG 2.1 A/AA violations on the page, outside the shell's header. axe goes in through the debugging
 * protocol rather than a script tag, so the app's CSP stays on (the projector's QR is a data:
 * image the CSP must allow).
 */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<AxeResult> } }
    ).axe;
    // The shell's header is not these pages' own (its avatar button on a phone has a name
    // that does not contain the initials it shows: label-content-name-mismatch, reported).
    const result = await axe.run(
      { exclude: [['.mantine-AppShell-header']] },
      {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      },
    );
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .flatMap((v) => v.nodes.map((n) => `${v.id}: ${v.help} at ${n.target.join(' ')}`));
  });
}

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
}

/**
 * A screenshot of the page as it is, at a phone's and a laptop's size (test-output, for a
 * person to look at), and no serious accessibility violation at either.
 */
async function photograph(page: Page, name: string) {
  for (const [width, height] of [
    [360, 740],
    [1280, 800],
  ] as const) {
    await page.setViewportSize({ width, height });
    // The shell's navigation slides in or out when the width crosses its breakpoint.
    await page.waitForTimeout(400);
    // The resting page: a button left under the pointer shows Mantine's hover shade, whose
    // contrast is the theme's (reported), not these pages'.
    await page.mouse.move(0, 0);
    await page.screenshot({ path: test.info().outputPath(`${name}-${width}.png`), fullPage: true });
    expect(await seriousViolations(page), `${name} at ${width}px`).toEqual([]);
  }
}

test.beforeAll(async ({ baseURL }) => {
  await catcher.listen();
  admin = await apiContext(baseURL);
  await ok(
    admin.post('/api/auth/login', {
      data: { email: accounts.admin.email, password: DEMO_PASSWORD },
    }),
    200,
  );
  trainerId = await userId(accounts.trainer.email);
  const coordinatorId = await userId(accounts.coordinator.email);

  const timeZone = zoneNearNoon();
  const now = new Date();
  const start = wallClock(new Date(now.getTime() - 5 * 60_000), timeZone);
  const end = wallClock(new Date(now.getTime() + 90 * 60_000), timeZone);
  const pkg = await createPackageViaApi(admin, { en: `Badges ${marker}` }, { publish: true });
  const event = await ok<{ id: string }>(
    admin.post('/api/events', {
      data: {
        kind: 'training',
        packageId: pkg.id,
        title: { en: `Badge desk ${marker}`, ar: `مكتب الشارات ${marker}` },
        venue: `Hall ${marker}`,
        city: 'Mogadishu',
        countryCode: 'SO',
        timeZone,
        startDate: start.date,
        endDate: start.date,
        languages: ['ar', 'en'],
        capacity: 60,
        coordinatorIds: [coordinatorId],
      },
    }),
    201,
  );
  eventId = event.id;
  const session = await ok<{ id: string }>(
    admin.post(`/api/events/${eventId}/sessions`, {
      data: {
        title: { en: `Opening ${marker}`, ar: `الافتتاح ${marker}` },
        type: 'workshop',
        room: 'Room 1',
        date: start.date,
        startTime: start.time,
        endTime: end.time,
        speakers: [{ userId: trainerId }],
        allowConflicts: true,
      },
    }),
    201,
  );
  sessionId = session.id;
  await ok(
    admin.put(`/api/events/${eventId}/registration-form`, { data: { approvalRequired: false } }),
    200,
  );
  await ok(
    admin.post(`/api/events/${eventId}/transitions`, { data: { to: 'registration_open' } }),
    201,
  );

  // Two people the coordinator registers, approved at once.
  const nominated: string[] = [];
  for (const [ar, latin] of [
    ['فاطمة علي', `Fatima Ali ${marker}`],
    ['يوسف حسن', `Yusuf Hassan ${marker}`],
  ]) {
    const registration = await ok<{ id: string }>(
      admin.post(`/api/events/${eventId}/registrations`, {
        data: {
          participant: {
            fullNameAr: ar,
            fullNameLatin: latin,
            gender: 'female',
            nationality: 'SO',
          },
          answers: {},
        },
      }),
      201,
    );
    nominated.push(registration.id);
  }
  await ok(
    admin.post(`/api/events/${eventId}/registrations/bulk`, {
      data: { action: 'approve', registrationIds: nominated },
    }),
    200,
  );

  // A participant with an account: registers on the public page and confirms by email.
  await ok(
    admin.post(`/api/public/events/${eventId}/registrations`, {
      headers: { ...SAME_ORIGIN },
      data: {
        fullNameAr: 'هودن محمد',
        fullNameLatin: `Hodan Mohamed ${marker}`,
        gender: 'female',
        nationality: 'SO',
        email: participantEmail,
        preferredLanguage: 'en',
        answers: {},
        submissionId: randomUUID(),
      },
    }),
    202,
  );
});

test.afterAll(async () => {
  await admin?.dispose();
  await catcher.close();
});

test('a coordinator downloads an A4 badge sheet for two people and reissues a lost badge', async ({
  page,
}) => {
  await signIn(page, accounts.coordinator.email, {
    lang: 'ar',
    path: `/events/${eventId}?tab=badges`,
  });
  const table = page.getByRole('table', { name: 'المشاركون المقبولون وشاراتهم' });
  await expect(table.getByRole('row')).toHaveCount(4); // header + three approved
  await photograph(page, 'badges-tab');

  await page.getByRole('checkbox', { name: `تحديد فاطمة علي` }).check();
  await page.getByRole('checkbox', { name: `تحديد يوسف حسن` }).check();
  await page.getByRole('combobox', { name: 'التخطيط' }).selectOption('a4');
  const link = page.getByRole('link', { name: /^تنزيل الشارات المحددة/ });
  const href = await link.getAttribute('href');
  const url = new URL(href!, 'http://x');
  expect(url.pathname).toBe(`/api/events/${eventId}/badges.pdf`);
  expect(url.searchParams.get('layout')).toBe('a4');
  expect(url.searchParams.get('registrationIds')!.split(',')).toHaveLength(2);

  // Reissuing asks for a reason; the old badge is then listed as replaced, with it. On a phone:
  // the desk at the door has one.
  await page.setViewportSize({ width: 360, height: 740 });
  await page.getByRole('button', { name: 'إعادة إصدار شارة يوسف حسن' }).click();
  const dialog = page.getByRole('dialog', { name: 'إعادة إصدار هذه الشارة؟' });
  await dialog.getByRole('button', { name: 'إلغاء وإعادة الإصدار' }).click();
  await expect(dialog.getByRole('textbox', { name: 'السبب' })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await dialog.getByRole('textbox', { name: 'السبب' }).fill('فُقدت في اليوم الأول');
  await dialog.getByRole('button', { name: 'إلغاء وإعادة الإصدار' }).click();
  await expect(page.getByText('صدرت شارة جديدة وأُلغيت القديمة.')).toBeVisible();
  const row = table.getByRole('row').filter({ hasText: 'يوسف حسن' });
  await expect(row).toContainText('صالحة');
  await expect(row).toContainText('فُقدت في اليوم الأول');
  await expect(row).toContainText('استُبدلت');
  await photograph(page, 'badges-reissued');

  // The sheet the link downloads (the two people ticked above).
  const sheet = await page.request.get(href!);
  expect(sheet.status(), 'badges.pdf').toBe(200);
  expect((await sheet.body()).subarray(0, 4).toString()).toBe('%PDF');
});

test('an admin sees the signing keys and is warned before rotating', async ({ page }) => {
  await signIn(page, accounts.admin.email, { lang: 'ar', path: '/settings' });
  await expect(page.getByRole('heading', { name: 'مفاتيح توقيع الشارات' })).toBeVisible();
  await expect(page.getByText('يوقّع الشارات الجديدة')).toBeVisible();
  await page.getByRole('button', { name: 'تغيير المفتاح' }).click();
  const dialog = page.getByRole('dialog', { name: 'بدء مفتاح توقيع جديد؟' });
  await expect(dialog).toContainText('تبقى الشارات المطبوعة صالحة');
  await photograph(page, 'signing-keys-confirm');
  await dialog.getByRole('button', { name: 'تغيير المفتاح' }).click();
  await expect(page.getByText('بدأ العمل بمفتاح توقيع جديد.')).toBeVisible();
  await expect(page.getByText(/^متقاعد منذ/).first()).toBeVisible();
});

test('the trainer projects the code; a participant checks in on a phone and sees it in the schedule', async ({
  page,
  browser,
}) => {
  // The participant confirms the address from the email and chooses a password.
  const confirm = await catcher.waitFor(
    (m) => m.to.includes(participantEmail) && m.subject.startsWith('Confirm your registration'),
    'registration confirmation',
  );
  await page.addInitScript(() => window.localStorage.setItem('multaqa.language', 'en'));
  await page.goto(linkIn(confirm, '/register/confirm'));
  const choose = page.getByRole('form', { name: 'Choose a password' });
  await choose.getByLabel('New password').fill(participantPassword);
  await choose.getByRole('button', { name: 'Save the password' }).click();
  await expect(page.getByText('Your password is saved.')).toBeVisible();

  // The projector, as the session's trainer.
  const projector = await browser.newPage();
  await startSession(projector, accounts.trainer.email, { lang: 'ar' });
  await projector.goto(`/events/${eventId}/sessions/${sessionId}/self-check-in`);
  await expect(projector.getByRole('heading', { name: `الافتتاح ${marker}` })).toBeVisible();
  await expect(
    projector.getByRole('img', { name: 'رمز QR لتسجيل الحضور في هذه الجلسة' }),
  ).toBeVisible();
  await photograph(projector, 'projector');
  const code = await ok<{ code: string; url: string }>(
    projector.request.get(`/api/events/${eventId}/sessions/${sessionId}/self-check-in`),
    200,
  );
  await projector.close();

  // The participant's phone opens the link; signing in comes back to it.
  await page.setViewportSize({ width: 360, height: 740 });
  await page.addInitScript(() => window.localStorage.setItem('multaqa.language', 'ar'));
  const link = new URL(code.url, 'http://x');
  await page.goto(link.pathname + link.search);
  await expect(page).toHaveURL(/\/sign-in\?redirect=/);
  const form = page.getByRole('form', { name: 'تسجيل الدخول' });
  await form.getByLabel('البريد الإلكتروني').fill(participantEmail);
  await form.getByRole('textbox', { name: 'كلمة المرور', exact: true }).fill(participantPassword);
  await form.getByRole('button', { name: 'دخول' }).click();
  const done = page.getByRole('status').filter({ hasText: 'سُجّل حضورك' });
  await expect(done).toBeVisible();
  await expect(done).toContainText(`الافتتاح ${marker}`);
  await photograph(page, 'check-in-done');

  // A stale code says what to do.
  await page.goto(`/check-in?session=${sessionId}&code=ZZZZZZ`);
  await expect(page.getByRole('alert')).toContainText('اطلب الرمز الجديد المعروض على الشاشة');
  await photograph(page, 'check-in-expired');

  await page.goto('/my');
  const schedule = page.getByRole('region', { name: 'جدولي' });
  await expect(schedule).toContainText(`الافتتاح ${marker}`);
  await expect(schedule).toContainText(/حاضر|متأخر/);
  await photograph(page, 'portal-schedule');
});
