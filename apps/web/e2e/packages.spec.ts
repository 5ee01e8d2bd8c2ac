import { expect, test, type Page } from '@playwright/test';
import {
  accounts,
  chooseLanguage,
  createPackageViaApi,
  languageSwitch,
  signIn,
  signInThroughForm,
  startSession,
  uniqueMarker,
} from './support';

/** DOMAIN.md, story step 1 (the same titles and hours as the API's demo data). */
const PACKAGE_TITLE_AR = 'تحليل المحتوى المتطرف على وسائل التواصل الاجتماعي';
const MODULES_AR = [
  { title: 'أسس: الخطاب المتطرف وخطاب الكراهية على الإنترنت', hours: 4 },
  { title: 'المنصات والخوارزميات وانتشار المحتوى', hours: 6 },
  { title: 'أساليب جمع المحتوى وتحليله', hours: 8 },
  { title: 'رصد أساليب التجنيد والدعاية', hours: 6 },
  { title: 'من التحليل إلى الرسائل المضادة', hours: 6 },
];

const SCREENSHOT = '../../test-output/browser/screenshots/arabic-package-editor.png';

/** A number as the page writes it in `lang` (Arabic may use Arabic-Indic digits). */
function formatNumber(page: Page, value: number, lang: string): Promise<string> {
  return page.evaluate(
    ([v, l]) => new Intl.NumberFormat(l, { maximumFractionDigits: 1 }).format(v),
    [value, lang] as const,
  );
}

test.describe('training packages', () => {
  test('a coordinator creates, publishes and finds the five-module package in Arabic', async ({
    page,
  }) => {
    const marker = `E2E-${uniqueMarker()}`;
    const title = `${PACKAGE_TITLE_AR} ${marker}`;

    await signInThroughForm(page, accounts.coordinator.email);
    await chooseLanguage(page, 'ar');

    // The whole document turns right-to-left, and the navigation moves to the right.
    const { dir, lang } = await page.evaluate(() => ({
      dir: document.documentElement.dir,
      lang: document.documentElement.lang,
    }));
    expect(dir).toBe('rtl');
    expect(lang).toBe('ar');
    const nav = page.getByRole('navigation', { name: 'التنقل الرئيسي' });
    await expect(nav.getByRole('link', { name: 'الحقائب التدريبية' })).toBeVisible();
    const navBox = await nav.boundingBox();
    const viewport = page.viewportSize();
    expect(navBox).not.toBeNull();
    expect(viewport).not.toBeNull();
    expect(navBox!.x).toBeGreaterThan(viewport!.width / 2);

    await page.getByRole('link', { name: 'حقيبة جديدة' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'حقيبة تدريبية جديدة' }),
    ).toBeVisible();
    const editor = page.getByRole('form', { name: 'حقيبة تدريبية جديدة' });

    // The content tab follows the UI language: the Arabic fields come first.
    await expect(editor.getByRole('tab', { name: 'العربية' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await editor.getByLabel('العنوان (العربية)').fill(title);
    await editor
      .getByLabel('الوصف (العربية)')
      .fill('برنامج تطبيقي يمكّن المسؤولين من رصد المحتوى المتطرف وتحليله والرد عليه.');

    const total = editor.getByText(/^المجموع: /);
    for (const [index, module] of MODULES_AR.entries()) {
      const number = index + 1;
      await editor.getByRole('button', { name: 'إضافة وحدة' }).click();
      const fieldset = editor.getByRole('group', { name: `الوحدة ${number}`, exact: true });
      await fieldset.getByLabel('عنوان الوحدة (العربية)').fill(module.title);
      await fieldset.getByLabel('الساعات').fill(String(module.hours));
    }
    await expect(editor.getByRole('group', { name: /^الوحدة \d$/ })).toHaveCount(5);

    // The live total: 4 + 6 + 8 + 6 + 6 = 30, written the Arabic way.
    await expect(total).toHaveText(`المجموع: ${await formatNumber(page, 30, 'ar')} ساعة`);

    // Fixed header and navigation would otherwise be drawn where the page is scrolled to.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: SCREENSHOT, fullPage: true });

    await editor.getByRole('button', { name: 'حفظ' }).click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page).toHaveURL(/\/packages\/[0-9a-f-]{36}$/);
    for (const module of MODULES_AR) await expect(page.getByText(module.title)).toBeVisible();

    await page.getByRole('button', { name: 'نشر' }).click();
    const dialog = page.getByRole('dialog', { name: 'نشر هذه الحقيبة؟' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'نشر' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText('نُشرت الحقيبة.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'إصدار جديد' })).toBeVisible();

    // Find it in the list by searching for its unique marker.
    await nav.getByRole('link', { name: 'الحقائب التدريبية' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'الحقائب التدريبية' })).toBeVisible();
    await page
      .getByRole('search', { name: 'البحث في الحقائب وتصفيتها' })
      .getByRole('searchbox', { name: 'بحث' })
      .fill(marker);
    await expect(page).toHaveURL(new RegExp(`[?&]q=${marker}`));
    const table = page.getByRole('table', { name: 'الحقائب التدريبية' });
    await expect(table.getByRole('row')).toHaveCount(2); // header + the one match
    const row = table.getByRole('row').filter({ hasText: marker });
    await expect(row.getByRole('link', { name: title })).toBeVisible();
    await expect(row).toContainText('منشورة');
    await expect(row.getByRole('cell').nth(3)).toHaveText(await formatNumber(page, 5, 'ar'));
    await expect(row.getByRole('cell').nth(4)).toHaveText(await formatNumber(page, 30, 'ar'));
  });

  test('a published package cannot be edited and offers a new version', async ({ page }) => {
    const title = `Published E2E ${uniqueMarker()}`;
    await startSession(page, accounts.coordinator.email);
    const pkg = await createPackageViaApi(page.request, { en: title }, { publish: true });

    await page.goto(`/packages/${pkg.id}/edit`);
    // The edit page of a published package explains instead of showing the form.
    await expect(page.getByText('This package cannot be edited')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Save' })).toHaveCount(0);
    await page.getByRole('link', { name: 'Back to the package' }).click();

    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.getByText('Published', { exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'New version' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Edit' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Publish' })).toHaveCount(0);

    // A new version is a draft copy that opens in the editor.
    await page.getByRole('button', { name: 'New version' }).click();
    await expect(page.getByText('Version 2 created as a draft.')).toBeVisible();
    await expect(page).toHaveURL(/\/packages\/[0-9a-f-]{36}\/edit$/);
    expect(page.url()).not.toContain(pkg.id);
    await expect(page.getByRole('heading', { level: 1, name: `Edit: ${title}` })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Title (English)', exact: true })).toHaveValue(
      title,
    );
  });

  test('saving a package without a title shows the errors in Arabic', async ({ page }) => {
    await signIn(page, accounts.coordinator.email, { lang: 'ar', path: '/packages/new' });
    const editor = page.getByRole('form', { name: 'حقيبة تدريبية جديدة' });
    await editor.getByRole('button', { name: 'إضافة وحدة' }).click();
    await editor.getByRole('button', { name: 'حفظ' }).click();

    const oneLanguage = 'املأ لغة واحدة على الأقل (العربية أو الإنجليزية أو الفرنسية).';
    // The first invalid field, the title in the open language, takes the focus and says what is
    // wrong; every language tab is marked, since a title in any one of them would do.
    const title = editor.getByRole('textbox', { name: 'العنوان (العربية)' });
    await expect(title).toBeFocused();
    await expect(title).toHaveAttribute('aria-invalid', 'true');
    await expect(title).toHaveAccessibleDescription(oneLanguage);
    await expect(editor.getByRole('tab').getByLabel('فيها أخطاء')).toHaveCount(3);
    // Module 1's title: one alert above its three languages, each marked invalid.
    const module1 = editor.getByRole('group', { name: 'الوحدة 1', exact: true });
    await expect(module1.getByRole('alert')).toHaveText(oneLanguage);
    await expect(module1.getByRole('textbox', { name: 'عنوان الوحدة (Français)' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    // Module 1 has no hours either.
    await expect(module1.getByText('هذا الحقل مطلوب.')).toBeVisible();
    await expect(page).toHaveURL(/\/packages\/new$/);
    // No English slipped through.
    await expect(
      editor.getByText(/Fill in at least one language|This field is required/),
    ).toHaveCount(0);
  });

  test('the chosen language survives a reload', async ({ page }) => {
    await signIn(page, accounts.coordinator.email);
    await chooseLanguage(page, 'fr');
    await expect(page.getByRole('heading', { level: 1, name: 'Kits de formation' })).toBeVisible();

    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Kits de formation' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await expect(languageSwitch(page)).toHaveValue('fr');

    await chooseLanguage(page, 'ar');
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'الحقائب التدريبية' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(languageSwitch(page)).toHaveValue('ar');
  });
});
