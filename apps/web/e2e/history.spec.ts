import { expect, test } from '@playwright/test';
import {
  accounts,
  chooseLanguage,
  createPackageViaApi,
  SAME_ORIGIN,
  signIn,
  startSession,
  uniqueMarker,
} from './support';

/** Issue 9 §5: an admin reads who changed an event, and what; a coordinator does not see it. */
test("an admin reads an event's history in English and Arabic", async ({ page }) => {
  const m = uniqueMarker();
  await startSession(page, accounts.admin.email);
  const pkg = await createPackageViaApi(page.request, { en: `History ${m}` }, { publish: true });
  const created = await page.request.post('/api/events', {
    headers: SAME_ORIGIN,
    data: {
      kind: 'training',
      packageId: pkg.id,
      title: { en: `Audited delivery ${m}` },
      venue: `Venue ${m}`,
      city: 'Mogadishu',
      countryCode: 'SO',
      timeZone: 'Africa/Mogadishu',
      startDate: '2020-01-12',
      endDate: '2020-01-16',
      languages: ['ar', 'en'],
      capacity: 60,
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const event = (await created.json()) as { id: string };
  const edited = await page.request.patch(`/api/events/${event.id}`, {
    headers: SAME_ORIGIN,
    data: { capacity: 70 },
  });
  expect(edited.status(), await edited.text()).toBe(200);

  await signIn(page, accounts.admin.email, { path: `/events/${event.id}` });
  await page.getByRole('tab', { name: 'History' }).click();
  const table = page.getByRole('table', { name: 'Changes, newest first' });
  const change = table.getByRole('row').filter({ hasText: 'capacity: 60 → 70' });
  await expect(change).toContainText(accounts.admin.name);
  await expect(change).toContainText('Event');

  await chooseLanguage(page, 'ar');
  await expect(page.getByRole('tab', { name: 'السجلّ' })).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'التغييرات، الأحدث أولًا' }).getByRole('row').nth(1),
  ).toContainText('فعالية');

  // A coordinator's own event (from the demo story) has no History tab for them.
  await page.context().clearCookies();
  await startSession(page, accounts.coordinator.email);
  const theirs = await page.request.get('/api/events?pageSize=1');
  const [own] = ((await theirs.json()) as { items: { id: string }[] }).items;
  await page.goto(`/events/${own.id}`);
  // The page stays in the Arabic chosen above.
  await expect(page.getByRole('tab', { name: 'نظرة عامة' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'السجلّ' })).toHaveCount(0);
});
