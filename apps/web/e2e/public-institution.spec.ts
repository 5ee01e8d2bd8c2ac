import { expect, test, type APIRequestContext } from '@playwright/test';
import { accounts, apiContext, DEMO_PASSWORD, openNiameyEvent, uniqueMarker } from './support';

/**
 * On a phone, in Arabic, a person without an institution's code picks their ministry's
 * department from their country's list, or names one that is not listed; the coordinator sees
 * both on the registrations.
 */
let coordinator: APIRequestContext;
let eventId: string;
const marker = uniqueMarker();
const ministry = `وزارة الصحة ${marker}`;
const department = `إدارة الرعاية الأولية ${marker}`;

test.beforeAll(async ({ baseURL }) => {
  coordinator = await apiContext(baseURL);
  const login = await coordinator.post('/api/auth/login', {
    data: { email: accounts.coordinator.email, password: DEMO_PASSWORD },
  });
  expect(login.status(), await login.text()).toBe(200);
  eventId = (await openNiameyEvent(coordinator)).id;
  const parent = await coordinator.post('/api/institutions', {
    data: { name: { ar: ministry }, kind: 'ministry', countryCode: 'SO' },
  });
  expect(parent.status(), await parent.text()).toBe(201);
  const child = await coordinator.post('/api/institutions', {
    data: {
      name: { ar: department },
      kind: 'agency',
      countryCode: 'SO',
      parentId: ((await parent.json()) as { id: string }).id,
    },
  });
  expect(child.status(), await child.text()).toBe(201);
});

test.afterAll(async () => {
  await coordinator?.dispose();
});

async function registrationOf(email: string) {
  const res = await coordinator.get(
    `/api/events/${eventId}/registrations?q=${encodeURIComponent(email)}`,
  );
  const { items } = (await res.json()) as {
    items: {
      participant: { institution: { name: { ar?: string } } | null };
      proposedInstitution: string | null;
    }[];
  };
  return items[0] ?? null;
}

test('a person in Arabic on a phone picks their department under its ministry, or names their own', async ({
  browser,
  baseURL,
}) => {
  const phone = await browser.newContext({
    baseURL,
    viewport: { width: 360, height: 740 },
    locale: 'ar',
    isMobile: true,
    hasTouch: true,
  });
  await phone.addInitScript(() => window.localStorage.setItem('multaqa.language', 'ar'));
  const page = await phone.newPage();
  await page.goto(`/e/${eventId}/register`);
  // The demo names Niamey in the three languages: the Arabic page says it in Arabic.
  await expect(page.getByText(/نيامي، النيجر/)).toBeVisible();
  const form = page.getByRole('form', { name: 'بياناتك' });
  const picker = form.getByRole('combobox', { name: /^المؤسسة/ });
  // Offered once the nationality says which country's institutions to list.
  await expect(picker).toHaveCount(0);
  await form.getByRole('textbox', { name: 'الاسم الكامل بالحروف العربية' }).fill('حليمة يوسف');
  await form.getByRole('combobox', { name: /^الجنس(?!ية)/ }).selectOption('female');
  await form.getByRole('combobox', { name: /^الجنسية/ }).selectOption('SO');
  await picker.click();
  await picker.fill('الرعاية');
  // The department is listed under its ministry's heading.
  const group = page.getByRole('group', { name: ministry });
  await expect(group.getByRole('option', { name: department })).toBeVisible();
  await page.screenshot({ path: 'test-results/public-institution-ar-360.png', fullPage: true });
  await group.getByRole('option', { name: department }).click();
  await expect(picker).toHaveValue(department);
  const email = `halima-${marker}@example.org`;
  await form.getByRole('textbox', { name: /البريد الإلكتروني/ }).fill(email);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await form.getByRole('button', { name: 'سجّل' }).click();
  await expect(page.getByRole('heading', { name: 'تفقّد بريدك الإلكتروني' })).toBeFocused();
  await expect
    .poll(async () => (await registrationOf(email))?.participant.institution?.name.ar)
    .toBe(department);

  // Someone whose institution is not listed names it.
  await page.goto(`/e/${eventId}/register`);
  await form.getByRole('textbox', { name: 'الاسم الكامل بالحروف العربية' }).fill('عبدي نور');
  await form.getByRole('combobox', { name: /^الجنس(?!ية)/ }).selectOption('male');
  await form.getByRole('combobox', { name: /^الجنسية/ }).selectOption('SO');
  await form
    .getByRole('textbox', { name: 'مؤسستي ليست في القائمة' })
    .fill(`مستشفى بنادر ${marker}`);
  const other = `abdi-${marker}@example.org`;
  await form.getByRole('textbox', { name: /البريد الإلكتروني/ }).fill(other);
  await form.getByRole('button', { name: 'سجّل' }).click();
  await expect(page.getByRole('heading', { name: 'تفقّد بريدك الإلكتروني' })).toBeVisible();
  await expect
    .poll(async () => (await registrationOf(other))?.proposedInstitution)
    .toBe(`مستشفى بنادر ${marker}`);
  await phone.close();
});
