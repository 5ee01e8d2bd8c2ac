import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type APIRequestContext, type Browser } from '@playwright/test';
import { seriousViolations } from './axe';
import { writeBadgeVideo } from './badge-video';
import { accounts, apiContext, DEMO_PASSWORD, openNiameyEvent, startSession } from './support';

/**
 * Story step 4 at the door: a phone's scanner keeps working when the network drops. Chromium's
 * fake camera plays a video of real badges (issued by the API) and one forged badge; the page
 * notices by itself that it is offline, queues the 20 check-ins and sends them once back online.
 */
const PEOPLE = 20;
let coordinator: APIRequestContext;
let eventId: string;
let sessionId: string;
let tokens: string[];
let videoPath: string;

interface Registration {
  id: string;
}

/** Today's date and the minutes since midnight on the wall clock of `timeZone`. */
function wallClockNow(timeZone: string): { date: string; minutes: number } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date())
      .map((p) => [p.type, p.value]),
  );
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** The badge's payload changed after signing (another issue time): the signature no longer holds. */
function forge(token: string): string {
  const [prefix, payload, signature] = token.split('.');
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { t: number };
  const altered = Buffer.from(JSON.stringify({ ...claims, t: claims.t + 1 })).toString('base64url');
  return `${prefix}.${altered}.${signature}`;
}

test.beforeAll(async ({ baseURL }) => {
  coordinator = await apiContext(baseURL);
  const login = await coordinator.post('/api/auth/login', {
    data: { email: accounts.coordinator.email, password: DEMO_PASSWORD },
  });
  expect(login.status(), await login.text()).toBe(200);

  // A copy of the demo's Niamey training running today, with a session going on now (a scan
  // far from its session's time is flagged as "session moved") and 20 approved people of its own.
  const niamey = await openNiameyEvent(coordinator);
  const local = wallClockNow('Africa/Niamey');
  const copied = await coordinator.post(`/api/events/${niamey.id}/copy`, {
    data: { startDate: local.date },
  });
  expect(copied.status(), await copied.text()).toBe(201);
  eventId = ((await copied.json()) as { id: string }).id;
  const created = await coordinator.post(`/api/events/${eventId}/sessions`, {
    data: {
      title: { en: 'Door check-in', ar: 'تسجيل الحضور عند الباب' },
      type: 'workshop',
      room: `Scan room ${randomUUID().slice(0, 8)}`,
      date: local.date,
      startTime: hhmm(Math.max(0, local.minutes - 30)),
      endTime: hhmm(Math.min(23 * 60 + 59, local.minutes + 90)),
      speakers: [],
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  sessionId = ((await created.json()) as { id: string }).id;
  const registrations: Registration[] = [];
  for (let i = 1; i <= PEOPLE; i += 1) {
    const nominated = await coordinator.post(`/api/events/${eventId}/registrations`, {
      data: {
        participant: {
          fullNameAr: `مشارك المسح ${i}`,
          fullNameLatin: `Scan Person ${String(i).padStart(2, '0')}`,
          gender: i % 2 ? 'female' : 'male',
          nationality: 'NE',
          email: `scan-${i}-${randomUUID()}@example.org`,
        },
        answers: {},
      },
    });
    expect(nominated.status(), await nominated.text()).toBe(201);
    registrations.push((await nominated.json()) as Registration);
  }
  const approved = await coordinator.post(`/api/events/${eventId}/registrations/bulk`, {
    data: { action: 'approve', registrationIds: registrations.map((r) => r.id) },
  });
  expect(approved.status(), await approved.text()).toBe(200);
  expect(((await approved.json()) as { updated: string[] }).updated).toHaveLength(PEOPLE);

  const badges = (await (await coordinator.get(`/api/events/${eventId}/badges`)).json()) as {
    registrationId: string | null;
    token: string;
    revokedAt: string | null;
  }[];
  const ours = new Set(registrations.map((r) => r.id));
  tokens = badges
    .filter((b) => b.registrationId && ours.has(b.registrationId) && !b.revokedAt)
    .map((b) => b.token);
  expect(tokens).toHaveLength(PEOPLE);

  // Blank for the first seconds: the page loads its kit online and the test cuts the network
  // before the first badge comes into view.
  videoPath = join(tmpdir(), `multaqa-badges-${randomUUID()}.y4m`);
  writeBadgeVideo(videoPath, [...tokens, forge(tokens[0])], { leadSeconds: 8 });
});

test.afterAll(async () => {
  await coordinator?.dispose();
  if (videoPath) rmSync(videoPath, { force: true });
});

async function launchWithCamera(): Promise<Browser> {
  const base = test.info().project.use.launchOptions ?? {};
  return chromium.launch({
    ...base,
    args: [
      ...(base.args ?? []),
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${videoPath}`,
    ],
  });
}

test('scans 20 badges with the network gone, refuses a forged one, and syncs them all when it returns', async ({
  baseURL,
}) => {
  test.setTimeout(180_000);
  const browser = await launchWithCamera();
  try {
    const context = await browser.newContext({ baseURL, locale: 'en-US', permissions: ['camera'] });
    const page = await context.newPage();
    await startSession(page, accounts.coordinator.email);
    await page.goto(`/events/${eventId}/sessions/${sessionId}/scan`);
    const counts = page.getByTestId('scan-counts');
    const connection = page.getByTestId('scan-connection');
    await expect(counts).toHaveText(`0 of ${PEOPLE} checked in`);
    await expect(connection).toHaveText('Online');

    await context.setOffline(true);
    await expect(connection).toHaveAttribute('data-connection', 'offline');

    await expect(connection).toHaveText(`Offline · ${PEOPLE} records waiting`, { timeout: 90_000 });
    await expect(counts).toHaveText(`${PEOPLE} of ${PEOPLE} checked in`);
    await expect(page.getByText('Forged badge').first()).toBeVisible({ timeout: 30_000 });
    await expect(page.getByTestId('scan-recent')).toContainText(/Scan Person \d\d/);
    await expect(connection).toHaveText(`Offline · ${PEOPLE} records waiting`);

    await context.setOffline(false);
    await expect(connection).toHaveText('Online', { timeout: 30_000 });
    const roster = await coordinator.get(`/api/events/${eventId}/sessions/${sessionId}/roster`);
    expect(roster.status(), await roster.text()).toBe(200);
    const { counts: held } = (await roster.json()) as { counts: { present: number; late: number } };
    expect(held.present + held.late).toBe(PEOPLE);
    await context.close();
  } finally {
    await browser.close();
  }
});

test('the scan page in Arabic on a 360 px phone, with no serious accessibility violation', async ({
  baseURL,
}, testInfo) => {
  const browser = await launchWithCamera();
  try {
    const context = await browser.newContext({
      baseURL,
      locale: 'ar',
      viewport: { width: 360, height: 740 },
      permissions: ['camera'],
      // axe is injected as a script, which the app's CSP forbids.
      bypassCSP: true,
    });
    const page = await context.newPage();
    await startSession(page, accounts.coordinator.email, { lang: 'ar' });
    await page.goto(`/events/${eventId}/sessions/${sessionId}/scan`);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('مسح الشارات');
    await expect(page.getByTestId('scan-connection')).toHaveText('متصل');
    await expect(page.getByLabel('جارٍ تشغيل الكاميرا…')).toHaveCount(0);
    await page.getByRole('searchbox', { name: /الاسم/ }).fill('مشارك المسح 1');
    await page.screenshot({ path: testInfo.outputPath('scan-ar-360.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  } finally {
    await browser.close();
  }
});

test('reloaded with no network, the scan page comes back from the service worker and still records check-ins', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  // The worker script is revalidated on every check, so a new build reaches devices at once.
  const worker = await coordinator.get('/sw.js');
  expect(worker.status()).toBe(200);
  expect(worker.headers()['cache-control']).toBe('no-cache');

  // A session of its own (the camera test checks everybody in at the other one).
  const local = wallClockNow('Africa/Niamey');
  const created = await coordinator.post(`/api/events/${eventId}/sessions`, {
    data: {
      title: { en: 'Offline reload', ar: 'إعادة التحميل دون شبكة' },
      type: 'workshop',
      room: `Reload room ${randomUUID().slice(0, 8)}`,
      date: local.date,
      startTime: hhmm(Math.max(0, local.minutes - 30)),
      endTime: hhmm(Math.min(23 * 60 + 59, local.minutes + 90)),
      speakers: [],
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const reloadSessionId = ((await created.json()) as { id: string }).id;

  const context = await browser.newContext({ baseURL, locale: 'en-US' });
  try {
    const page = await context.newPage();
    await startSession(page, accounts.coordinator.email);
    await page.goto(`/events/${eventId}/sessions/${reloadSessionId}/scan`);
    const counts = page.getByTestId('scan-counts');
    const connection = page.getByTestId('scan-connection');
    await expect(counts).toHaveText(`0 of ${PEOPLE} checked in`);
    await expect(connection).toHaveText('Online');
    // The scan page registered the worker; it has precached the app and controls the page.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
      timeout: 30_000,
    });
    // What it precached: the scanner's own code, not what a door phone never runs.
    const precached = await page.evaluate(async () => {
      const urls = [];
      for (const name of await caches.keys()) {
        for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
      }
      return urls;
    });
    expect(precached.some((url) => /\/assets\/scan-page-[\w-]+\.js/.test(url))).toBe(true);
    expect(precached.filter((url) => /\/assets\/(zxcvbn|reports-page)-/.test(url))).toEqual([]);

    await context.setOffline(true);
    await page.reload();
    // The network really is gone for the page: only the worker's cache answered the reload.
    expect(
      await page.evaluate(() =>
        fetch('/api/health').then(
          () => 'answered',
          () => 'failed',
        ),
      ),
    ).toBe('failed');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Offline reload');
    await expect(counts).toHaveText(`0 of ${PEOPLE} checked in`);
    await expect(connection).toHaveText('Offline');

    await page
      .getByRole('searchbox', { name: 'Name, in Arabic or Latin script' })
      .fill('Person 07');
    await page.getByRole('button', { name: 'Check in Scan Person 07' }).click();
    await expect(connection).toHaveText('Offline · 1 record waiting');
    await expect(counts).toHaveText(`1 of ${PEOPLE} checked in`);

    await context.setOffline(false);
    await expect(connection).toHaveText('Online', { timeout: 30_000 });
    const roster = await coordinator.get(
      `/api/events/${eventId}/sessions/${reloadSessionId}/roster`,
    );
    expect(roster.status(), await roster.text()).toBe(200);
    const body = (await roster.json()) as {
      counts: { present: number; late: number };
      entries: { fullNameLatin: string; attendance: { method: string } | null }[];
    };
    expect(body.counts.present + body.counts.late).toBe(1);
    expect(
      body.entries.filter((e) => e.attendance).map((e) => [e.fullNameLatin, e.attendance?.method]),
    ).toEqual([['Scan Person 07', 'search']]);
  } finally {
    await context.close();
  }
});
