import ExcelJS from 'exceljs';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import {
  accounts,
  apiContext,
  choose,
  DEMO_PASSWORD,
  SAME_ORIGIN,
  signIn,
  uniqueMarker,
  zoneNearNoon,
} from './support';

/** Screenshots to look at, not to compare: test-output is not committed. */
const SHOTS = '../../test-output/browser/screenshots';
const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 800 };
/** Noon at the venue: both sessions (from midnight) are over, and still today, whatever the hour here. */
const ZONE = zoneNearNoon();
/** The demo's door-staff account (demo-data.ts). */
const DOOR = { email: 'door@multaqa.test', name: 'Hodan Abdullahi' };

/** Today on the venue's clock, so the trainer finds the session under "Today". */
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(new Date());

interface Setup {
  eventId: string;
  otherSession: string;
  people: { ar: string; latin: string }[];
}

async function staffId(request: APIRequestContext, email: string, name: string): Promise<string> {
  const staff = (await (await request.get('/api/users/staff')).json()) as {
    id: string;
    fullName: string;
  }[];
  const found = staff.find((s) => s.fullName === name);
  expect(found, `${email} is among the staff`).toBeTruthy();
  return found!.id;
}

/**
 * An event of its own, held today at the venue, coordinated by the demo coordinator: two
 * sessions already started (the trainer speaks at the first only) and four approved people.
 */
async function setUp(baseURL: string | undefined, m: string): Promise<Setup> {
  const request = await apiContext(baseURL);
  const login = await request.post('/api/auth/login', {
    data: { email: accounts.admin.email, password: DEMO_PASSWORD },
  });
  expect(login.status(), await login.text()).toBe(200);
  const coordinatorId = await staffId(
    request,
    accounts.coordinator.email,
    accounts.coordinator.name,
  );
  const trainerId = await staffId(request, accounts.trainer.email, accounts.trainer.name);
  const date = today();
  const created = await request.post('/api/events', {
    headers: SAME_ORIGIN,
    data: {
      kind: 'conference',
      title: { ar: `ملتقى الحضور ${m}`, en: `Attendance forum ${m}` },
      venue: 'Training Centre',
      city: 'Mogadishu',
      countryCode: 'SO',
      timeZone: ZONE,
      startDate: date,
      endDate: date,
      languages: ['ar', 'en'],
      capacity: 60,
      coordinatorIds: [coordinatorId],
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const eventId = ((await created.json()) as { id: string }).id;

  const session = async (
    title: { ar: string; en: string },
    start: string,
    end: string,
    speakers: object[],
  ) => {
    const response = await request.post(`/api/events/${eventId}/sessions`, {
      headers: SAME_ORIGIN,
      data: {
        title,
        type: 'plenary',
        room: 'Main Hall',
        date,
        startTime: start,
        endTime: end,
        speakers,
      },
    });
    expect(response.status(), await response.text()).toBe(201);
    return ((await response.json()) as { id: string }).id;
  };
  await session({ ar: `الجلسة الافتتاحية ${m}`, en: `Opening ${m}` }, '00:00', '00:45', [
    { userId: trainerId },
  ]);
  const otherSession = await session(
    { ar: `جلسة بلا مدرب ${m}`, en: `Without trainer ${m}` },
    '01:00',
    '01:45',
    [{ name: 'Dr. Khalid Al-Harbi', affiliation: 'NAUSS' }],
  );

  const people = [
    { ar: `أحمد عبدي ${m}`, latin: `Ahmed Abdi ${m}` },
    { ar: `فاطمة ورسمي ${m}`, latin: `Fatima Warsame ${m}` },
    { ar: `حليمة آدم ${m}`, latin: `Halima Adam ${m}` },
    { ar: `إبراهيم نور ${m}`, latin: `Ibrahim Nur ${m}` },
  ];
  const registrationIds: string[] = [];
  for (const [i, person] of people.entries()) {
    const nominated = await request.post(`/api/events/${eventId}/registrations`, {
      headers: SAME_ORIGIN,
      data: {
        participant: {
          fullNameAr: person.ar,
          fullNameLatin: person.latin,
          gender: i % 2 ? 'female' : 'male',
          nationality: 'SO',
          email: `attendance-${i}-${m}@example.org`,
        },
        answers: {},
      },
    });
    expect(nominated.status(), await nominated.text()).toBe(201);
    registrationIds.push(((await nominated.json()) as { id: string }).id);
  }
  const approved = await request.post(`/api/events/${eventId}/registrations/bulk`, {
    headers: SAME_ORIGIN,
    data: { action: 'approve', registrationIds },
  });
  expect(approved.status(), await approved.text()).toBe(200);
  await request.dispose();
  return { eventId, otherSession, people };
}

/** The five figures of the roster, as shown. */
async function counts(page: Page) {
  const figures = page.getByRole('region', { name: 'أرقام الحضور' });
  const read = async (key: string) => Number(await figures.getByTestId(`count-${key}`).innerText());
  return {
    present: await read('present'),
    late: await read('late'),
    unmarked: await read('unmarked'),
  };
}

test('a coordinator takes attendance on a phone in Arabic, adds a walk-in and exports the matrix; a trainer reaches only their roster', async ({
  page,
  baseURL,
}) => {
  const m = uniqueMarker();
  const { eventId, otherSession, people } = await setUp(baseURL, m);

  // The Attendance tab, in Arabic on a phone (signed in on a wide screen, where the navigation shows).
  await signIn(page, accounts.coordinator.email, {
    lang: 'ar',
    path: `/events/${eventId}?tab=attendance`,
  });
  await page.setViewportSize(PHONE);
  const sessions = page.getByRole('table', { name: 'الحضور في كل جلسة' });
  await expect(sessions.getByRole('link', { name: `الجلسة الافتتاحية ${m}` })).toBeVisible();

  // Its roster: one tap per person.
  await sessions.getByRole('link', { name: `الجلسة الافتتاحية ${m}` }).click();
  await expect(page.getByRole('heading', { name: `الجلسة الافتتاحية ${m}` })).toBeVisible();
  const row = (name: string) => page.getByRole('group', { name });
  await row(people[0].ar).getByRole('button', { name: 'حاضر' }).click();
  await row(people[1].ar).getByRole('button', { name: 'متأخر' }).click();
  await expect(row(people[1].ar).getByRole('button', { name: 'متأخر' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect.poll(() => counts(page)).toEqual({ present: 1, late: 1, unmarked: 2 });
  // Who took it, how, and when, under the name.
  await expect(page.getByTestId('roster-entry').filter({ hasText: people[1].ar })).toContainText(
    `الكشف · `,
  );

  // Everyone left, after a confirmation: the late one stays late.
  await page.getByRole('button', { name: 'تسجيل الجميع حاضرين' }).click();
  const confirm = page.getByRole('dialog', { name: 'تسجيل الجميع حاضرين؟' });
  await expect(confirm).toContainText('سيُسجَّل الشخصان غير المسجَّلين حاضرَين');
  await confirm.getByRole('button', { name: 'تسجيل الحضور' }).click();
  await expect.poll(() => counts(page)).toEqual({ present: 3, late: 1, unmarked: 0 });

  // A name typed without the hamza still finds "إبراهيم".
  await page.getByRole('searchbox', { name: 'البحث بالاسم' }).fill('ابراهيم');
  await expect(page.getByTestId('roster-entry')).toHaveCount(1);
  await expect(page.getByTestId('roster-entry')).toContainText(people[3].latin);
  await page.getByRole('searchbox', { name: 'البحث بالاسم' }).fill('');

  // A walk-in, registered and checked in from a few fields: late, as the session began hours ago.
  await page.getByRole('button', { name: 'إضافة شخص عند الباب' }).click();
  const walkIn = page.getByRole('dialog', { name: 'تسجيل عند الباب' });
  await walkIn.getByRole('textbox', { name: 'الاسم الكامل بالحروف العربية' }).fill(`زينب حسن ${m}`);
  await walkIn.getByRole('combobox', { name: 'الجنس', exact: true }).selectOption('female');
  await choose(page, 'الجنسية', 'الصومال', 'الصومال', walkIn);
  await walkIn.getByRole('button', { name: 'تسجيل وإثبات الحضور' }).click();
  await expect(walkIn).toBeHidden();
  await expect(page.getByText('سُجِّل. الحضور: متأخر.')).toBeVisible();
  await expect(row(`زينب حسن ${m}`).getByRole('button', { name: 'متأخر' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect.poll(() => counts(page)).toEqual({ present: 3, late: 2, unmarked: 0 });
  await page.screenshot({ path: `${SHOTS}/roster-ar-360.png`, fullPage: true });
  await page.setViewportSize(DESKTOP);
  await page.screenshot({ path: `${SHOTS}/roster-ar-1280.png`, fullPage: true });

  // Back on the tab, the rates follow: everyone attended one of the two sessions held.
  await page.goto(`/events/${eventId}?tab=attendance`);
  await expect(page.getByTestId('event-rate')).toHaveText(/^50\u200e?%/);
  await page.screenshot({ path: `${SHOTS}/attendance-tab-ar-1280.png`, fullPage: true });
  await page.setViewportSize(PHONE);
  await page.screenshot({ path: `${SHOTS}/attendance-tab-ar-360.png`, fullPage: true });

  // The demo's door keeper is given this event's door.
  await page.setViewportSize(DESKTOP);
  const doorPicker = page.getByRole('combobox', {
    name: 'موظفو الاستقبال في هذه الفعالية',
  });
  await doorPicker.click();
  await doorPicker.fill('Hodan');
  await page.getByRole('option', { name: DOOR.name }).click();
  await page.getByRole('button', { name: 'حفظ' }).click();
  await expect(page.getByText('حُفظ موظفو الاستقبال.')).toBeVisible();

  // The matrix, as the coordinator downloads it, has the figures just taken.
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'تنزيل المشاركون × الجلسات بصيغة إكسل (XLSX)' }).click();
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile((await (await download).path())!);
  const rows = book.worksheets[0]!.getSheetValues().filter(Boolean) as unknown[][];
  const cells = (name: string) =>
    (rows.find((r) => r.some((v) => String(v).includes(name))) ?? []).map(String);
  // Present at the first session, not marked at the second: one of the two held, 50 %.
  expect(cells(people[0].ar)).toEqual(expect.arrayContaining(['ح', '—', '50%']));
  expect(cells(people[1].ar)).toEqual(expect.arrayContaining(['ت', '50%']));

  // The event's rule: late counts as half a session, and the rates follow.
  await page.goto(`/events/${eventId}/edit`);
  await page.getByRole('combobox', { name: 'يُحتسب التأخر' }).selectOption('half');
  await page.getByRole('button', { name: 'حفظ' }).click();
  await expect(page).toHaveURL(new RegExp(`/events/${eventId}$`));
  await page.goto(`/events/${eventId}?tab=attendance`);
  await expect(page.getByText('يُحتسب التأخر نصف جلسة')).toBeVisible();
  // (1 + ½ + 1 + 1 + ½) of 5 people × 2 sessions held.
  await expect(page.getByTestId('event-rate')).toHaveText(/^40\u200e?%/);

  // The trainer: "My sessions" lists their session only, and its roster opens.
  await page.context().clearCookies();
  await signIn(page, accounts.trainer.email, { lang: 'ar', path: '/attendance' });
  const mine = page.getByRole('region', { name: 'اليوم' });
  await expect(mine).toContainText(`الجلسة الافتتاحية ${m}`);
  await expect(mine).not.toContainText(`جلسة بلا مدرب ${m}`);
  await mine.getByRole('link', { name: `كشف حضور الجلسة الافتتاحية ${m}` }).click();
  await expect(page.getByRole('heading', { name: `الجلسة الافتتاحية ${m}` })).toBeVisible();
  await expect(row(people[1].ar).getByRole('button', { name: 'متأخر' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  // Another session's roster is not theirs.
  await page.goto(`/events/${eventId}/sessions/${otherSession}/roster`);
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page.getByRole('group', { name: people[0].ar })).toHaveCount(0);

  // Door staff only scan: their sessions offer the scanner and no roster, whose page sends them back.
  await page.context().clearCookies();
  await signIn(page, DOOR.email, { lang: 'ar', path: '/' });
  await expect(page).toHaveURL(/\/attendance$/);
  const door = page.getByRole('region', { name: 'اليوم' });
  await expect(door.getByRole('link', { name: `مسح الشارات في جلسة بلا مدرب ${m}` })).toBeVisible();
  await expect(door.getByRole('link', { name: /كشف حضور/ })).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/my-sessions-door-ar-1280.png`, fullPage: true });
  await page.goto(`/events/${eventId}/sessions/${otherSession}/roster`);
  await expect(page).toHaveURL(/\/attendance$/);
});
