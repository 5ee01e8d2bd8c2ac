import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { accounts, choose, signIn, uniqueMarker } from './support';

/** DOMAIN.md story step 2, in Arabic: the words below are the Arabic UI's own. */
const PACKAGE_OPTION = 'تحليل المحتوى المتطرف على وسائل التواصل الاجتماعي (الإصدار 1)';

interface ApiSession {
  id: string;
  title: { ar?: string; en?: string };
  date: string;
  startTime: string;
  endTime: string;
  room: string;
}

async function sessionsOf(page: Page, eventId: string): Promise<ApiSession[]> {
  const response = await page.request.get(`/api/events/${eventId}/sessions`);
  expect(response.status()).toBe(200);
  return (await response.json()) as ApiSession[];
}

test.describe('events', () => {
  test('a coordinator plans the Mogadishu training in Arabic, generates and moves sessions, and a room booked twice is refused; a visitor downloads the calendar', async ({
    page,
    browser,
  }, testInfo) => {
    test.setTimeout(150_000);
    const marker = uniqueMarker();
    const title = `تحليل المحتوى المتطرف — مقديشو ${marker}`;
    const room = `القاعة ${marker}`;

    await signIn(page, accounts.coordinator.email, { lang: 'ar', path: '/events' });
    await expect(page.getByRole('heading', { level: 1, name: 'الفعاليات' })).toBeVisible();
    await page.getByRole('link', { name: 'فعالية جديدة' }).click();

    // The form: a training delivering the published package, in Mogadishu's time zone.
    const form = page.getByRole('form', { name: 'فعالية جديدة' });
    await expect(form).toBeVisible();
    await choose(page, 'الحقيبة التدريبية', 'تحليل', PACKAGE_OPTION);
    await form.getByRole('textbox', { name: 'العنوان (العربية)' }).fill(title);
    await expect(form.getByRole('textbox', { name: 'العنوان (العربية)' })).toHaveCSS(
      'direction',
      'rtl',
    );
    await expect(form.getByRole('textbox', { name: 'العنوان (English)' })).toHaveCSS(
      'direction',
      'ltr',
    );
    // The city in each language its readers need: an English page will not say مقديشو.
    await form.getByRole('textbox', { name: 'المدينة (العربية)', exact: true }).fill('مقديشو');
    await form.getByRole('textbox', { name: 'المدينة (English)', exact: true }).fill('Mogadishu');
    await choose(page, 'البلد', 'الصومال', 'الصومال');
    // Somalia has one zone: choosing the country fills it, named in Arabic with its offset.
    await expect(form.getByRole('combobox', { name: 'المنطقة الزمنية', exact: true })).toHaveValue(
      /^\u2068توقيت شرق أفريقيا\u2069 · .+ · \u2068Africa\/Mogadishu\u2069$/,
    );
    await form.getByLabel('تاريخ البدء').fill('2020-01-12');
    await form.getByLabel('تاريخ الانتهاء').fill('2020-01-16');
    // Dates read in the page's language, the month by name, not the browser's mm/dd/yyyy.
    await expect(form.getByLabel('تاريخ البدء')).toHaveValue('12 يناير 2020');
    await form.getByRole('textbox', { name: 'السعة' }).fill('60');
    await expect(form.getByText(/بتوقيت الفعالية: .*Africa\/Mogadishu/).first()).toBeVisible();
    await page.screenshot({ path: 'test-results/event-form-ar-1280.png', fullPage: true });
    await form.getByRole('button', { name: 'حفظ' }).click();

    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.getByText('مقديشو، الصومال').first()).toBeVisible();
    const eventId = /\/events\/([0-9a-f-]{36})/.exec(page.url())?.[1];
    expect(eventId).toBeTruthy();
    await expect(page.getByText('مسودة').first()).toBeVisible();

    // Generate the programme from the package's modules.
    await page.getByRole('tab', { name: 'البرنامج' }).click();
    await page.getByRole('button', { name: 'إنشاء من الحقيبة' }).click();
    const generate = page.getByRole('dialog', { name: 'إنشاء البرنامج من الحقيبة' });
    await generate.getByRole('textbox', { name: 'القاعة' }).fill(room);
    await generate.getByRole('button', { name: 'إنشاء', exact: true }).click();
    await expect(generate).toBeHidden();
    const cards = page.locator('button[data-session-id]');
    await expect(cards.first()).toBeVisible();
    const generated = await sessionsOf(page, eventId!);
    expect(generated.length).toBeGreaterThanOrEqual(5);
    await expect(cards).toHaveCount(generated.length);
    await expect(page.getByText('30 من 30 ساعة مجدولة').first()).toBeVisible();

    // Move the first session of the first day to the late afternoon.
    const first = [...generated].sort((a, b) =>
      `${a.date}${a.startTime}`.localeCompare(`${b.date}${b.startTime}`),
    )[0];
    await page.locator(`button[data-session-id="${first.id}"]`).click();
    const edit = page.getByRole('dialog');
    await edit.getByLabel('تبدأ').fill('16:00');
    await edit.getByLabel('تنتهي').fill('19:00');
    await edit.getByRole('button', { name: 'حفظ' }).click();
    await expect(edit).toBeHidden();
    const moved = (await sessionsOf(page, eventId!)).find((s) => s.id === first.id);
    expect(moved).toMatchObject({ date: first.date, startTime: '16:00', endTime: '19:00', room });

    // Another session in the same room at that time is refused, with the clash listed.
    await page.getByRole('button', { name: 'إضافة جلسة', exact: true }).click();
    const add = page.getByRole('dialog', { name: 'جلسة جديدة' });
    await add.getByRole('textbox', { name: 'العنوان (العربية)' }).fill(`جلسة متعارضة ${marker}`);
    await add.getByLabel('تبدأ').fill('17:00');
    await add.getByLabel('تنتهي').fill('18:00');
    await add.getByRole('textbox', { name: 'القاعة' }).fill(room);
    await add.getByRole('button', { name: 'حفظ' }).click();
    const clash = add.getByRole('alert').filter({ hasText: 'محجوز في الوقت نفسه' });
    await expect(clash).toBeVisible();
    await expect(clash.getByRole('listitem')).toContainText(`القاعة «${room}»`);
    await expect(clash.getByRole('listitem')).toContainText(title);
    await expect(add.getByRole('button', { name: 'الحفظ رغم ذلك' })).toBeVisible();
    expect(await sessionsOf(page, eventId!)).toHaveLength(generated.length);
    await add.getByRole('button', { name: 'إلغاء' }).click();

    // Drag it to the same hours of the next day: its length and room stay, its date changes.
    const card = page.locator(`button[data-session-id="${first.id}"]`);
    const day1 = page.locator(`[data-day="${first.date}"]`);
    const nextDay = generated.map((s) => s.date).find((d) => d > first.date)!;
    const cardBox = (await card.boundingBox())!;
    const dayBox = (await day1.boundingBox())!;
    await card.dragTo(page.locator(`[data-day="${nextDay}"]`), {
      sourcePosition: { x: 10, y: 2 },
      targetPosition: { x: 10, y: cardBox.y - dayBox.y + 2 },
    });
    await expect(page.getByText(/نُقلت «.+» إلى/)).toBeVisible();
    const dragged = (await sessionsOf(page, eventId!)).find((s) => s.id === first.id);
    expect(dragged).toMatchObject({ date: nextDay, startTime: '16:00', endTime: '19:00', room });

    // Open registration, so the event has a public page.
    await page.getByRole('button', { name: 'فتح التسجيل' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'فتح التسجيل' }).click();
    await expect(page.getByText('التسجيل مفتوح').first()).toBeVisible();

    // An anonymous visitor (no cookies) reads the public page and downloads the calendar.
    const visitor = await browser.newContext({
      baseURL: testInfo.project.use.baseURL,
      acceptDownloads: true,
    });
    try {
      const publicPage = await visitor.newPage();
      await publicPage.goto(`/e/${eventId}`);
      await expect(publicPage.getByRole('heading', { level: 1 })).toContainText(marker);
      await expect(publicPage.getByRole('link', { name: /تسجيل الدخول|Sign in/ })).toHaveCount(0);
      const downloadPromise = publicPage.waitForEvent('download');
      await publicPage.getByRole('link', { name: /\.ics/ }).click();
      const download = await downloadPromise;
      const ics = await readFile((await download.path())!, 'utf8');
      expect(ics).toContain('BEGIN:VCALENDAR');
      expect(ics).toContain('TZID=Africa/Mogadishu');
    } finally {
      await visitor.close();
    }
  });
});
