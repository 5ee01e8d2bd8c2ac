import {
  expect,
  request as playwrightRequest,
  type APIRequestContext,
  type Locator,
  type Page,
} from '@playwright/test';

export type Language = 'ar' | 'en' | 'fr';

export const DEMO_PASSWORD = 'multaqa-demo-2026';

/**
 * What Chromium adds to every request from our own pages. Requests made from a spec (not from
 * a page) send it too, or the API refuses their writes once they carry the session cookie.
 */
export const SAME_ORIGIN = { 'Sec-Fetch-Site': 'same-origin' };

/** An API client for a spec's own setup, outside any page. */
export function apiContext(baseURL: string | undefined): Promise<APIRequestContext> {
  return playwrightRequest.newContext({ baseURL, extraHTTPHeaders: SAME_ORIGIN });
}

export const accounts = {
  admin: { email: 'admin@multaqa.test', name: 'Amina Haddad' },
  coordinator: { email: 'coordinator@multaqa.test', name: 'Salma Ben Youssef' },
  trainer: { email: 'trainer@multaqa.test', name: 'Omar Farah' },
  participant: { email: 'participant@multaqa.test', name: 'Abdi Warsame' },
} as const;

/**
 * The UI words the tests look for, written out per language (not read from the app's i18n
 * files) so that a missing or wrong translation fails a test.
 */
export const ui = {
  en: {
    language: 'Language',
    nav: 'Main navigation',
    signInTitle: 'Sign in',
    email: 'Email',
    password: 'Password',
    signInSubmit: 'Sign in',
    signInFailed: 'Could not sign in',
    invalidCredentials: 'The email or password is not correct.',
    accountMenu: (name: string) => `Account menu for ${name}`,
    signOut: 'Sign out',
  },
  fr: {
    language: 'Langue',
    nav: 'Navigation principale',
    signInTitle: 'Connexion',
    email: 'Adresse e-mail',
    password: 'Mot de passe',
    signInSubmit: 'Se connecter',
    signInFailed: 'Connexion impossible',
    invalidCredentials: "L'adresse e-mail ou le mot de passe est incorrect.",
    accountMenu: (name: string) => `Menu du compte de ${name}`,
    signOut: 'Se déconnecter',
  },
  ar: {
    language: 'اللغة',
    nav: 'التنقل الرئيسي',
    signInTitle: 'تسجيل الدخول',
    email: 'البريد الإلكتروني',
    password: 'كلمة المرور',
    signInSubmit: 'دخول',
    signInFailed: 'تعذّر تسجيل الدخول',
    invalidCredentials: 'البريد الإلكتروني أو كلمة المرور غير صحيحة.',
    accountMenu: (name: string) => `قائمة حساب ${name}`,
    signOut: 'تسجيل الخروج',
  },
} as const;

/** The language switch, whatever language the page is in. */
export function languageSwitch(page: Page) {
  return page.getByRole('combobox', {
    name: new RegExp(`^(${ui.en.language}|${ui.fr.language}|${ui.ar.language})$`),
  });
}

/** Picks a language with the switch and waits for `<html lang dir>` to follow. */
export async function chooseLanguage(page: Page, lang: Language): Promise<void> {
  await languageSwitch(page).selectOption(lang);
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
}

/** Fills and submits the sign-in form shown in `lang`. */
export async function submitSignIn(
  page: Page,
  email: string,
  password: string,
  lang: Language = 'en',
): Promise<void> {
  const form = page.getByRole('form', { name: ui[lang].signInTitle });
  await form.getByLabel(ui[lang].email).fill(email);
  await form.getByRole('textbox', { name: ui[lang].password, exact: true }).fill(password);
  await form.getByRole('button', { name: ui[lang].signInSubmit }).click();
}

/**
 * Signs in through the sign-in page, in English unless told otherwise. The language is chosen
 * on the sign-in page, so it is remembered on this device and wins over the account's preferred
 * language (which other tests change).
 */
export async function signInThroughForm(
  page: Page,
  email: string,
  { password = DEMO_PASSWORD, lang = 'en' }: { password?: string; lang?: Language } = {},
): Promise<void> {
  await page.goto('/sign-in');
  await chooseLanguage(page, lang);
  await submitSignIn(page, email, password, lang);
  await expect(page.getByRole('navigation', { name: ui[lang].nav })).toBeVisible();
}

const LANGUAGE_STORAGE_KEY = 'multaqa.language';

/**
 * The quick way in, for tests about something else: signs in through the API (the page shares
 * the cookie) without opening a page yet. The UI will start in `lang`, as if it had been chosen
 * on this device before; a language chosen later in the test still survives reloads.
 */
export async function startSession(
  page: Page,
  email: string,
  { password = DEMO_PASSWORD, lang = 'en' }: { password?: string; lang?: Language } = {},
): Promise<void> {
  await page.addInitScript(
    ([key, value]) => {
      try {
        if (!window.localStorage.getItem(key)) window.localStorage.setItem(key, value);
      } catch {
        // A document without storage (about:blank): nothing to remember there.
      }
    },
    [LANGUAGE_STORAGE_KEY, lang] as const,
  );
  const response = await page.request.post('/api/auth/login', {
    data: { email, password },
    headers: SAME_ORIGIN,
  });
  expect(response.status(), await response.text()).toBe(200);
}

/** startSession, then opens `path` in the signed-in frame. */
export async function signIn(
  page: Page,
  email: string,
  options: { password?: string; lang?: Language; path?: string } = {},
): Promise<void> {
  const lang = options.lang ?? 'en';
  await startSession(page, email, options);
  await page.goto(options.path ?? '/packages');
  await expect(page.getByRole('navigation', { name: ui[lang].nav })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

/** A suffix that makes titles and emails unique across runs on the same database. */
export function uniqueMarker(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
}

/** Creates a package through the API with the page's session (cookies are shared). */
export async function createPackageViaApi(
  request: APIRequestContext,
  title: { ar?: string; en?: string; fr?: string },
  { publish = false }: { publish?: boolean } = {},
): Promise<{ id: string }> {
  const created = await request.post('/api/training-packages', {
    headers: SAME_ORIGIN,
    data: {
      title,
      modules: [{ title: { en: 'Module one', ar: 'الوحدة الأولى' }, hours: 3 }],
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const pkg = (await created.json()) as { id: string };
  if (publish) {
    const published = await request.post(`/api/training-packages/${pkg.id}/publish`, {
      headers: SAME_ORIGIN,
    });
    expect(published.status(), await published.text()).toBe(200);
  }
  return pkg;
}

/** Picks an option of a Mantine Select (within a dialog, say) by typing into it. */
export async function choose(
  page: Page,
  label: string,
  typed: string,
  option: string,
  within: Page | Locator = page,
) {
  const input = within.getByRole('combobox', { name: label, exact: true });
  await input.click();
  await input.fill(typed);
  await page.getByRole('option', { name: option, exact: true }).click();
}

export interface PublicEventSummary {
  id: string;
  status: string;
  title: { ar?: string; en?: string; fr?: string };
}

/** The demo's delivery in Niamey, open for registration (demo-events.ts). */
export async function openNiameyEvent(request: APIRequestContext): Promise<PublicEventSummary> {
  const response = await request.get('/api/public/events?pageSize=50');
  const { items } = (await response.json()) as { items: PublicEventSummary[] };
  const niamey = items.find(
    (e) => e.status === 'registration_open' && e.title.en?.includes('Niamey'),
  );
  expect(niamey, 'the demo seed has an open event in Niamey').toBeTruthy();
  return niamey!;
}

/**
 * A zone where it is about noon now, so a session from a few minutes ago to later today never
 * crosses midnight on the event's calendar. (`Etc/GMT-3` is UTC+3: the sign is inverted.)
 */
export function zoneNearNoon(): string {
  const offset = Math.max(-12, Math.min(14, 12 - new Date().getUTCHours()));
  return offset === 0 ? 'UTC' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
}
