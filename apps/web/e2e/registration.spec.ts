import ExcelJS from 'exceljs';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { linkIn, MailCatcher } from './mail-catcher';
import {
  accounts,
  apiContext,
  choose,
  DEMO_PASSWORD,
  openNiameyEvent,
  signIn,
  uniqueMarker,
} from './support';

/**
 * Story step 3: an official registers in Arabic on a phone with an invitation code, the
 * coordinator approves in the Registrations tab, and the emails arrive, in Arabic, at a real SMTP
 * server.
 */
const ARABIC = /[\u0600-\u06FF]/;
const catcher = new MailCatcher();
let coordinator: APIRequestContext;
let eventId: string;
let previousForm: unknown;

test.beforeAll(async ({ baseURL }) => {
  await catcher.listen();
  coordinator = await apiContext(baseURL);
  const login = await coordinator.post('/api/auth/login', {
    data: { email: accounts.coordinator.email, password: DEMO_PASSWORD },
  });
  expect(login.status(), await login.text()).toBe(200);

  eventId = (await openNiameyEvent(coordinator)).id;

  const form = await coordinator.get(`/api/events/${eventId}/registration-form`);
  previousForm = await form.json();
  const set = await coordinator.put(`/api/events/${eventId}/registration-form`, {
    data: {
      mode: 'invitation_only',
      approvalRequired: true,
      questions: [
        {
          key: 'unit',
          kind: 'text',
          label: { ar: 'الوحدة أو القسم', en: 'Unit or department', fr: 'Unité ou service' },
          required: true,
          options: [],
        },
      ],
    },
  });
  expect(set.status(), await set.text()).toBe(200);
});

test.afterAll(async () => {
  if (coordinator && eventId && previousForm) {
    await coordinator.put(`/api/events/${eventId}/registration-form`, { data: previousForm });
  }
  await coordinator?.dispose();
  await catcher.close();
});

test('an official registers in Arabic with an invitation code; the coordinator approves; the emails arrive in Arabic', async ({
  browser,
  baseURL,
}) => {
  const marker = uniqueMarker();
  const email = `official-${marker}@example.org`;
  const created = await coordinator.post(`/api/events/${eventId}/invitation-codes`, {
    data: { maxUses: 5, note: `e2e ${marker}` },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { code } = (await created.json()) as { code: string };

  // The official, on a phone, in Arabic.
  const phone = await browser.newContext({
    baseURL,
    viewport: { width: 360, height: 740 },
    locale: 'ar',
    isMobile: true,
    hasTouch: true,
  });
  await phone.addInitScript(() => window.localStorage.setItem('multaqa.language', 'ar'));
  const page = await phone.newPage();
  await page.goto(`/e/${eventId}`);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.getByRole('link', { name: 'سجّل في هذه الفعالية' }).click();
  await expect(page.getByRole('heading', { name: 'التسجيل', level: 1 })).toBeVisible();

  // Submitting empty: errors in Arabic, on the fields, focus on the first.
  const form = page.getByRole('form', { name: 'بياناتك' });
  await form.getByRole('button', { name: 'سجّل' }).click();
  const latinName = form.getByRole('textbox', { name: 'الاسم الكامل بالحروف اللاتينية' });
  const arabicName = form.getByRole('textbox', { name: 'الاسم الكامل بالحروف العربية' });
  await expect(arabicName).toBeFocused();
  await expect(arabicName).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByRole('textbox', { name: /رمز الدعوة/ })).toHaveAccessibleDescription(
    /لا تقبل هذه الفعالية التسجيل إلا برمز دعوة/,
  );
  await expect(form.getByRole('textbox', { name: /الوحدة أو القسم/ })).toHaveAccessibleDescription(
    /أجب عن هذا السؤال/,
  );

  await arabicName.fill('فاطمة عبدي');
  await latinName.fill(`Fatima Abdi ${marker}`);
  await form.getByRole('combobox', { name: /^الجنس(?!ية)/ }).selectOption('female');
  await form.getByRole('combobox', { name: /^الجنسية/ }).selectOption('NE');
  await form.getByRole('textbox', { name: /البريد الإلكتروني/ }).fill(email);
  await form.getByRole('textbox', { name: /الهاتف/ }).fill('+227 90 12 34 56');
  await form.getByRole('textbox', { name: /الوحدة أو القسم/ }).fill('وحدة الاتصال');
  await form.getByRole('textbox', { name: /رمز الدعوة/ }).fill(code.toLowerCase());
  // A double tap on a slow link registers once.
  await form.getByRole('button', { name: 'سجّل' }).dblclick();

  // The page tells nothing about the address: the outcome is in the mailbox.
  await expect(page.getByRole('heading', { name: 'تفقّد بريدك الإلكتروني' })).toBeFocused();
  await expect(page.getByText(email)).toBeVisible();

  // The confirmation email, in Arabic, with a link that confirms the address.
  const confirm = await catcher.waitFor(
    (m) => m.to.includes(email) && m.text.includes('/register/confirm?token='),
    'registration_confirm',
  );
  expect(confirm.subject).toMatch(ARABIC);
  expect(confirm.subject).toMatch(/^أكّد تسجيلك: /);
  const received = await catcher.waitFor(
    (m) => m.to.includes(email) && m.subject.startsWith('تلقّينا تسجيلك'),
    'registration_submitted',
  );
  expect(received.text).toMatch(ARABIC);

  // Following it shows the registration and asks for the account's first password.
  await page.goto(linkIn(confirm, '/register/confirm'));
  await expect(page.getByText('تم استلام تسجيلك')).toBeVisible();
  const choose = page.getByRole('form', { name: 'اختر كلمة مرور' });
  await choose.getByLabel('كلمة المرور الجديدة').fill('sahel-official-2026');
  await choose.getByRole('button', { name: 'احفظ كلمة المرور' }).click();
  await expect(page.getByText('حُفظت كلمة المرور. يمكنك تسجيل الدخول بها الآن.')).toBeVisible();

  // The registration counted once (double tap) for this code.
  const codes = await coordinator.get(`/api/events/${eventId}/invitation-codes`);
  const used = ((await codes.json()) as { code: string; uses: number }[]).find(
    (c) => c.code === code,
  );
  expect(used?.uses).toBe(1);
  await phone.close();

  // The coordinator approves it in the Registrations tab.
  const desk = await browser.newContext({ baseURL });
  const coordinatorPage = await desk.newPage();
  await signIn(coordinatorPage, accounts.coordinator.email, {
    path: `/events/${eventId}?tab=registrations`,
  });
  await expect(coordinatorPage.getByRole('heading', { name: 'Places and quotas' })).toBeVisible();
  await coordinatorPage.getByRole('searchbox', { name: 'Search' }).fill(marker);
  const table = coordinatorPage.getByRole('table', { name: 'Registrations' });
  const row = table.getByRole('row').filter({ hasText: marker });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Submitted');
  await expect(row).toContainText('Invitation code');
  await row.getByRole('checkbox').check();
  await coordinatorPage.getByRole('button', { name: 'Approve', exact: true }).click();
  const dialog = coordinatorPage.getByRole('dialog', {
    name: 'Approve the selected registrations?',
  });
  await dialog.getByRole('button', { name: 'Approve' }).click();
  await expect(coordinatorPage.getByRole('status').filter({ hasText: 'Updated: 1' })).toBeVisible();
  await expect(row).toContainText('Approved');
  await desk.close();

  const approved = await catcher.waitFor(
    (m) => m.to.includes(email) && m.subject.startsWith('تم تأكيد مقعدك'),
    'registration_approved',
  );
  expect(approved.text).toMatch(ARABIC);
  expect(approved.text).toContain('فاطمة عبدي');
});

test('the coordinator nominates a new person, answers the event’s question for them, and sees the answer and the export', async ({
  page,
}) => {
  const marker = uniqueMarker();
  await signIn(page, accounts.coordinator.email, { path: `/events/${eventId}?tab=registrations` });
  await page.getByRole('button', { name: 'Nominate someone' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nominate a participant' });
  await dialog.getByText('New person').click();
  await dialog.getByRole('textbox', { name: 'Unit or department' }).fill(`Liaison ${marker}`);
  await dialog.getByRole('textbox', { name: 'Full name in Latin script' }).fill(`Issa ${marker}`);
  await dialog.getByRole('combobox', { name: 'Gender' }).selectOption('male');
  await choose(page, 'Nationality', 'Niger', 'Niger', dialog);
  await dialog.getByRole('button', { name: 'Register' }).click();
  await expect(page.getByText('The participant was registered.')).toBeVisible();
  await expect(dialog).toBeHidden();

  await page.getByRole('searchbox', { name: 'Search' }).fill(marker);
  const row = page
    .getByRole('table', { name: 'Registrations' })
    .getByRole('row')
    .filter({ hasText: marker });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Nomination');
  await expect(row).toContainText(`Unit or department: Liaison ${marker}`);
  // The filter lives in the URL: a reload (or a shared link) shows the same list.
  await expect(page).toHaveURL(new RegExp(`[?&]q=${marker}`));
  await page.reload();
  await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue(marker);
  await expect(row).toHaveCount(1);

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: /Export/ }).click();
  const file = await (await download).path();
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const sheet = book.worksheets[0]!;
  const header = (sheet.getRow(1).values as unknown[]).map(String);
  const column = header.indexOf('Unit or department');
  expect(column, header.join(' | ')).toBeGreaterThan(0);
  const rows = sheet.getSheetValues().filter(Boolean) as unknown[][];
  const mine = rows.find((r) => r.some((v) => String(v).includes(`Issa ${marker}`)));
  expect(mine?.[column]).toBe(`Liaison ${marker}`);
});
