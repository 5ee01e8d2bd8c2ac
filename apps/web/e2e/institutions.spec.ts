import { expect, test } from '@playwright/test';
import { accounts, choose, signIn, uniqueMarker } from './support';

/** The conference story's partners, in French: institutions without duplicates by country. */
test('a coordinator adds an institution, is stopped from adding it twice, finds it and edits it', async ({
  page,
}) => {
  const m = uniqueMarker();
  const name = `Ministère de la Communication ${m}`;
  await signIn(page, accounts.coordinator.email, { lang: 'fr', path: '/institutions' });

  await page.getByRole('button', { name: 'Nouvelle institution' }).click();
  let dialog = page.getByRole('dialog', { name: 'Nouvelle institution' });
  // Empty: every name field is marked, the first takes the focus.
  await dialog.getByRole('button', { name: 'Enregistrer' }).click();
  const arabicName = dialog.getByRole('textbox', { name: 'Nom (العربية)' });
  await expect(arabicName).toBeFocused();
  await expect(arabicName).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByRole('alert').first()).toHaveText(
    'Remplissez au moins une langue (arabe, anglais ou français).',
  );

  await dialog.getByRole('textbox', { name: 'Nom (Français)' }).fill(name);
  await dialog.getByRole('textbox', { name: 'Sigle' }).fill('MC');
  await choose(page, 'Pays', 'Niger', 'Niger', dialog);
  await dialog.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(dialog).toBeHidden();

  // The same name again in Niger, typed differently: refused, with the reason in French.
  await page.getByRole('button', { name: 'Nouvelle institution' }).click();
  dialog = page.getByRole('dialog', { name: 'Nouvelle institution' });
  await dialog
    .getByRole('textbox', { name: 'Nom (Français)' })
    .fill(`  ministere de la communication ${m.toUpperCase()} `);
  await choose(page, 'Pays', 'Niger', 'Niger', dialog);
  await dialog.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(dialog.getByRole('alert')).toContainText('L’institution n’a pas été enregistrée');
  await expect(dialog.getByRole('alert')).toContainText(
    `Une institution nommée « ${name} » existe déjà (Niger).`,
  );
  await dialog.getByRole('button', { name: 'Annuler' }).click();

  // Found by part of its name, and edited.
  await page.getByRole('searchbox', { name: 'Rechercher' }).fill(`communication ${m}`);
  const row = page.getByRole('table', { name: 'Institutions' }).getByRole('row').filter({
    hasText: name,
  });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Niger');
  await row.getByRole('button', { name: `Modifier ${name}` }).click();
  dialog = page.getByRole('dialog', { name: `Modifier ${name}` });
  await dialog.getByRole('textbox', { name: 'Sigle' }).fill('MCN');
  await dialog.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toContainText('MCN');
});
