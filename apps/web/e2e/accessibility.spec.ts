import { expect, test, type Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { accounts, openNiameyEvent, startSession, type Language } from './support';

/**
 * axe-core on every page of the story, in each language: no serious or critical violation
 * (WCAG 2.1 A and AA). The app's CSP forbids injected scripts, so these contexts bypass it.
 */
test.use({ bypassCSP: true });

/** Opens a page and waits until it has drawn its content (no loader, a main heading). */
async function open(page: Page, path: string) {
  await page.goto(path);
  // Generous: the first visit builds the page's chunks on a busy CI machine.
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('[aria-busy="true"], .mantine-Skeleton-root')).toHaveCount(0);
}

const LANGUAGES: Language[] = ['ar', 'en', 'fr'];

for (const lang of LANGUAGES) {
  test(`public pages have no serious accessibility violation (${lang})`, async ({ page }) => {
    const niamey = await openNiameyEvent(page.request);
    await page.addInitScript((l) => window.localStorage.setItem('multaqa.language', l), lang);
    const found: Record<string, string[]> = {};
    for (const path of ['/sign-in', '/e', `/e/${niamey.id}`, `/e/${niamey.id}/register`]) {
      await open(page, path);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      found[path] = await seriousViolations(page);
    }
    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((k) => [k, []])));
  });

  // One test a page: axe takes a few seconds on a busy machine. The new-event form comes last in
  // the list of its language (it asks before a dirty form is left).
  for (const path of [
    '/packages',
    '/events',
    '/events/:niamey',
    '/events/:niamey?tab=programme',
    '/events/:niamey?tab=registrations',
    '/events/:niamey?tab=attendance',
    '/attendance',
    '/participants',
    '/participants/import',
    '/institutions',
    '/users',
    '/outbox',
    '/events/new',
  ]) {
    test(`${path} has no serious accessibility violation (${lang})`, async ({ page }) => {
      const niamey = await openNiameyEvent(page.request);
      await startSession(page, accounts.admin.email, { lang });
      await open(page, path.replace(':niamey', niamey.id));
      expect(await seriousViolations(page)).toEqual([]);
    });
  }

  test(`the participant's pages have no serious accessibility violation (${lang})`, async ({
    page,
  }) => {
    await startSession(page, accounts.participant.email, { lang });
    await open(page, '/my');
    expect(await seriousViolations(page)).toEqual([]);
  });
}
