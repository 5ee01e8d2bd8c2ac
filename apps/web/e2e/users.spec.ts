import { expect, test } from '@playwright/test';
import { accounts, signIn, signInThroughForm, ui, uniqueMarker } from './support';

test.describe('users and roles', () => {
  test('the admin adds a coordinator, who can then sign in', async ({ browser, page }) => {
    const marker = uniqueMarker();
    const newUser = {
      fullName: `Fatima Diallo ${marker}`,
      email: `coordinator-${marker}@e2e.multaqa.test`,
      password: `e2e-password-${marker}`,
    };

    await signIn(page, accounts.admin.email);
    await page
      .getByRole('navigation', { name: ui.en.nav })
      .getByRole('link', { name: 'Users' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();

    await page.getByRole('button', { name: 'New user' }).click();
    const dialog = page.getByRole('dialog', { name: 'New user' });
    const form = dialog.getByRole('form', { name: 'New user' });
    await form.getByLabel('Full name').fill(newUser.fullName);
    await form.getByLabel('Email').fill(newUser.email);
    await form.getByRole('textbox', { name: 'Password', exact: true }).fill(newUser.password);
    await form.getByRole('checkbox', { name: 'Coordinator' }).check();
    await form.getByLabel('Preferred language').selectOption('en');
    await form.getByRole('button', { name: 'Save' }).click();

    await expect(dialog).toBeHidden();
    await expect(page.getByText(`${newUser.fullName} was added.`)).toBeVisible();

    await page.getByRole('searchbox', { name: 'Search' }).fill(marker);
    const table = page.getByRole('table', { name: 'Users' });
    await expect(table.getByRole('row')).toHaveCount(2);
    const row = table.getByRole('row').filter({ hasText: newUser.email });
    await expect(row).toContainText(newUser.fullName);
    await expect(row).toContainText('Coordinator');
    await expect(row).toContainText('Active');

    // The new account works, in a browser of its own.
    const context = await browser.newContext();
    try {
      const other = await context.newPage();
      await signInThroughForm(other, newUser.email, { password: newUser.password });
      await expect(
        other.getByRole('button', { name: ui.en.accountMenu(newUser.fullName) }),
      ).toBeVisible();
      await expect(other.getByRole('link', { name: 'New package' })).toBeVisible();
      await expect(
        other.getByRole('navigation', { name: ui.en.nav }).getByRole('link', { name: 'Users' }),
      ).toHaveCount(0);
    } finally {
      await context.close();
    }
  });

  test('a trainer sees neither the Users page nor the New package button', async ({ page }) => {
    await signIn(page, accounts.trainer.email);
    const nav = page.getByRole('navigation', { name: ui.en.nav });
    await expect(page.getByRole('heading', { level: 1, name: 'Training packages' })).toBeVisible();
    // Wait for the list itself, so that the absent button is really absent and not still loading.
    await expect(
      page.getByRole('table', { name: 'Training packages' }).getByRole('link').first(),
    ).toBeVisible();

    await expect(nav.getByRole('link', { name: 'Training packages' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Users' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'New package' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'New package' })).toHaveCount(0);

    // Typing the address does not help either.
    await page.goto('/users');
    await expect(page).toHaveURL(/\/packages$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toHaveCount(0);
  });
});
