import { expect, test } from '@playwright/test';
import { accounts, choose, signIn, uniqueMarker } from './support';

/**
 * Story step 3, the coordinator's registry: a spreadsheet is checked row by row before anything
 * is written, its valid rows are imported, and a person entered twice is found and merged.
 */
test('a coordinator imports a file with errors, then merges a person entered twice', async ({
  page,
}) => {
  const m = uniqueMarker();
  const csv = [
    'fullNameAr,fullNameLatin,gender,nationality,institution,position,email,phone,preferredLanguage',
    `,Hodan Ali ${m},female,SO,Ministry of Defence,Analyst,hodan-${m}@example.org,,en`,
    `,Yusuf Omar ${m},male,SO,Ministry of Defence,,yusuf-${m}@example.org,,ar`,
    `,Bad Gender ${m},dragon,SO,,,bad-${m}@example.org,,en`,
    `,Hodan Again ${m},female,SO,,,hodan-${m}@example.org,,en`,
  ].join('\n');

  await signIn(page, accounts.coordinator.email, { path: '/participants/import' });
  await page.getByLabel('File (.xlsx or .csv)').setInputFiles({
    name: 'people.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv),
  });
  await page.getByRole('button', { name: 'Check the file' }).click();

  // Nothing is written yet: every row says what it is, and why.
  await expect(page.getByText('Valid (2)')).toBeVisible();
  await expect(page.getByText('Errors (2)')).toBeVisible();
  const rows = page.getByRole('table', { name: 'Rows of the file' }).getByRole('row');
  await expect(rows.filter({ hasText: `Bad Gender ${m}` })).toContainText('Error');
  // The column is named as the form names it, not by its key ('gender').
  await expect(rows.filter({ hasText: `Bad Gender ${m}` })).toContainText('Gender:');
  await expect(rows.filter({ hasText: `Hodan Again ${m}` })).toContainText(
    'Same person as row 2 of this file.',
  );
  await page.getByText('Errors (2)').click();
  await expect(rows).toHaveCount(3); // the header and the two rows with errors

  await page.getByRole('button', { name: 'Import 2 valid rows' }).click();
  await page
    .getByRole('dialog', { name: 'Import the valid rows?' })
    .getByRole('button', { name: 'Import' })
    .click();
  await expect(page.getByRole('status').filter({ hasText: 'Import finished' })).toHaveText(
    'Import finished: 2 participants created.',
  );

  // The same person entered again by hand, her name spelled with an accent: the form warns.
  await page.goto('/participants');
  await page.getByRole('button', { name: 'New participant' }).click();
  const dialog = page.getByRole('dialog', { name: 'New participant' });
  await dialog.getByRole('textbox', { name: 'Full name in Latin script' }).fill(`Hôdan Ali ${m}`);
  await dialog.getByRole('combobox', { name: 'Gender' }).selectOption('female');
  await choose(page, 'Nationality', 'Somalia', 'Somalia', dialog);
  await choose(page, 'Institution', 'Defence', 'Ministry of Defence — Somalia', dialog);
  await dialog.getByRole('button', { name: 'New participant' }).click();
  await expect(dialog.getByText('This person may already exist')).toBeVisible();
  await expect(dialog.getByText(`Hodan Ali ${m}`)).toBeVisible();
  await dialog.getByRole('button', { name: 'Save anyway' }).click();
  await expect(dialog).toBeHidden();

  // On the first record, the second shows as a likely duplicate and is merged into it.
  await page.getByRole('searchbox', { name: 'Search' }).fill(`Hodan Ali ${m}`);
  await page.getByRole('link', { name: `Hodan Ali ${m}`, exact: true }).click();
  const duplicates = page.getByRole('region', { name: 'Possible duplicates' });
  const twin = duplicates.getByRole('checkbox', { name: new RegExp(`Hôdan Ali ${m}`) });
  await expect(twin).toBeVisible();
  await twin.check();
  await duplicates.getByRole('button', { name: 'Merge into this person (1)' }).click();
  await page
    .getByRole('dialog', { name: 'Merge these records?' })
    .getByRole('button', { name: 'Merge' })
    .click();
  await expect(page.getByText('The records were merged.')).toBeVisible();
  await expect(duplicates.getByText('No likely duplicate of this person.')).toBeVisible();
});
