import { randomUUID } from 'node:crypto';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { linkIn, MailCatcher } from './mail-catcher';
import {
  accounts,
  apiContext,
  openNiameyEvent,
  type PublicEventSummary,
  chooseLanguage,
  DEMO_PASSWORD,
  signIn,
  submitSignIn,
  ui,
  uniqueMarker,
} from './support';

/**
 * The participant's side of story step 3, in French: an official who registered online confirms
 * the address, signs in to the portal, cancels, resets a forgotten password; the admin reads what
 * was sent in the outbox.
 */
const catcher = new MailCatcher();
let visitor: APIRequestContext;
let niamey: PublicEventSummary;

test.beforeAll(async ({ baseURL }) => {
  await catcher.listen();
  visitor = await apiContext(baseURL);
  niamey = await openNiameyEvent(visitor);
});

test.afterAll(async () => {
  await visitor?.dispose();
  await catcher.close();
});

test('a participant confirms the address, follows and cancels the registration, and resets the password; the admin reads the messages', async ({
  page,
  browser,
}) => {
  const marker = uniqueMarker();
  const email = `aicha-${marker}@example.org`;
  const registered = await visitor.post(`/api/public/events/${niamey.id}/registrations`, {
    headers: { 'Accept-Language': 'fr' },
    data: {
      fullNameLatin: `Aïcha Moussa ${marker}`,
      gender: 'female',
      nationality: 'NE',
      email,
      preferredLanguage: 'fr',
      answers: {},
      submissionId: randomUUID(),
    },
  });
  expect(registered.status(), await registered.text()).toBe(202);

  // Confirming the address from the emailed link, and choosing the account's password there.
  const confirm = await catcher.waitFor(
    (m) => m.to.includes(email) && m.subject.startsWith('Confirmez votre inscription'),
    'registration_confirm in French',
  );
  await page.addInitScript(() => window.localStorage.setItem('multaqa.language', 'fr'));
  await page.goto(linkIn(confirm, '/register/confirm'));
  await expect(page.getByText('Inscription reçue')).toBeVisible();
  const choose = page.getByRole('form', { name: 'Choisissez un mot de passe' });
  await choose.getByLabel('Nouveau mot de passe').fill('niamey-portail-2027');
  await choose.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
  await expect(
    page.getByText(
      'Votre mot de passe est enregistré. Vous pouvez vous connecter avec dès maintenant.',
    ),
  ).toBeVisible();

  // The portal: the registration, its status, a way to the programme.
  await page.goto('/sign-in');
  await submitSignIn(page, email, 'niamey-portail-2027', 'fr');
  // The session exists once sign-in has answered; leaving the page before races it.
  await expect(page.getByRole('navigation', { name: ui.fr.nav })).toBeVisible();
  await page.goto('/my');
  await expect(page.getByRole('heading', { name: 'Mes inscriptions', level: 1 })).toBeVisible();
  const card = page.getByRole('listitem').filter({ hasText: niamey.title.fr! });
  await expect(card).toContainText('Soumise');
  await expect(card.getByRole('link', { name: niamey.title.fr! })).toHaveAttribute(
    'href',
    `/e/${niamey.id}`,
  );

  // Cancelling asks first, then says so, by email too.
  await card.getByRole('button', { name: `Annuler mon inscription à ${niamey.title.fr}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Annuler votre inscription ?' });
  await dialog.getByRole('button', { name: 'Annuler mon inscription' }).click();
  await expect(page.getByText('Votre inscription a été annulée.')).toBeVisible();
  await expect(card).toContainText('Annulée');
  await expect(card.getByRole('button')).toHaveCount(0);
  await catcher.waitFor(
    (m) => m.to.includes(email) && m.subject.startsWith('Inscription annulée'),
    'registration_cancelled in French',
  );

  // A forgotten password, reset from the emailed link.
  await page.context().clearCookies();
  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'Mot de passe oublié ?' }).click();
  const forgot = page.getByRole('form', { name: 'Mot de passe oublié ?' });
  await forgot.getByLabel('Adresse e-mail').fill(email);
  await forgot.getByRole('button', { name: 'Envoyer le lien' }).click();
  await expect(page.getByText(`Si un compte utilise ${email}`)).toBeVisible();
  const reset = await catcher.waitFor(
    (m) => m.to.includes(email) && m.subject === 'Réinitialiser votre mot de passe Multaqa',
    'password_reset in French',
  );
  await page.goto(linkIn(reset, '/account/reset'));
  const resetForm = page.getByRole('form', { name: 'Choisir un nouveau mot de passe' });
  await resetForm.getByLabel('Nouveau mot de passe').fill('sahel-nouveau-2027');
  await resetForm.getByRole('button', { name: 'Enregistrer le nouveau mot de passe' }).click();
  await expect(
    page.getByText('Votre mot de passe a été modifié. Vous pouvez vous connecter avec.'),
  ).toBeVisible();
  await page.goto('/sign-in');
  await submitSignIn(page, email, 'sahel-nouveau-2027', 'fr');
  await expect(page.getByRole('navigation', { name: ui.fr.nav })).toBeVisible();
  await page.goto('/my');
  await expect(page.getByRole('listitem').filter({ hasText: niamey.title.fr! })).toContainText(
    'Annulée',
  );

  // The admin finds every message to this person in the outbox and reads one.
  const desk = await browser.newPage();
  await signIn(desk, accounts.admin.email, { path: '/outbox', password: DEMO_PASSWORD });
  await chooseLanguage(desk, 'fr');
  await desk.getByRole('searchbox', { name: 'Rechercher' }).fill(email);
  const rows = desk
    .getByRole('table', { name: 'E-mails' })
    .getByRole('row')
    .filter({ hasText: email });
  await expect(rows).toHaveCount(4); // confirm, received, cancelled, reset
  const cancelled = rows.filter({ hasText: 'Inscription annulée' });
  await expect(cancelled).toContainText('Envoyé');
  await cancelled.getByRole('button', { name: 'Lire' }).click();
  const message = desk.getByRole('dialog', { name: 'E-mail' });
  await expect(message).toContainText(`Aïcha Moussa ${marker}`);
  await desk.close();
});

test('a registration for an event that has begun or ended offers no cancelling', async ({
  page,
}) => {
  // The demo participant is an approved official of the first Mogadishu cohort, now completed.
  await signIn(page, accounts.participant.email, { path: '/my' });
  const card = page.getByRole('link', { name: /Mogadishu, first cohort/ });
  await expect(card).toBeVisible();
  await expect(
    page.getByRole('button', { name: /Cancel my registration to .*first cohort/ }),
  ).toHaveCount(0);
});
