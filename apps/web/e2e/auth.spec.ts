import { expect, test } from '@playwright/test';
import {
  accounts,
  chooseLanguage,
  DEMO_PASSWORD,
  signInThroughForm,
  submitSignIn,
  ui,
  type Language,
} from './support';

test.describe('signing in and out', () => {
  for (const lang of ['fr', 'ar'] as const satisfies readonly Language[]) {
    test(`a wrong password shows the error in the chosen language (${lang})`, async ({ page }) => {
      await page.goto('/sign-in');
      await chooseLanguage(page, lang);
      await expect(page.getByRole('heading', { name: ui[lang].signInTitle })).toBeVisible();

      await submitSignIn(page, accounts.coordinator.email, 'not-the-password', lang);

      const alert = page.getByRole('alert');
      await expect(alert).toContainText(ui[lang].signInFailed);
      await expect(alert).toContainText(ui[lang].invalidCredentials);
      await expect(page).toHaveURL(/\/sign-in$/);
      await expect(page.getByRole('navigation', { name: ui[lang].nav })).toHaveCount(0);
    });
  }

  test('signing out returns to the sign-in page and ends the session', async ({ page }) => {
    await signInThroughForm(page, accounts.coordinator.email);

    await page.getByRole('button', { name: ui.en.accountMenu(accounts.coordinator.name) }).click();
    await page.getByRole('menuitem', { name: ui.en.signOut }).click();

    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(page.getByRole('heading', { name: ui.en.signInTitle })).toBeVisible();

    // The session is gone on the server too: a protected page sends us back to sign in.
    await page.goto('/packages');
    await expect(page).toHaveURL(/\/sign-in\?redirect=/);
    const me = await page.request.get('/api/auth/me');
    expect(me.status()).toBe(401);
  });

  test('a protected page asks to sign in, then opens after signing in', async ({ page }) => {
    await page.goto('/packages/new');
    await expect(page).toHaveURL(/\/sign-in\?redirect=%2Fpackages%2Fnew$/);
    await chooseLanguage(page, 'en');
    await expect(page.getByRole('heading', { name: ui.en.signInTitle })).toBeVisible();

    await submitSignIn(page, accounts.coordinator.email, DEMO_PASSWORD);

    await expect(page).toHaveURL(/\/packages\/new$/);
    await expect(
      page.getByRole('heading', { level: 1, name: 'New training package' }),
    ).toBeVisible();
  });
});
