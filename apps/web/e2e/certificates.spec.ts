import { expect, test, type Browser, type Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { setUpCertificateEvent } from './certificates-support';
import { accounts, signIn, uniqueMarker } from './support';

interface IssuedCertificate {
  id: string;
  serial: string;
  status: string;
  verificationUrl: string;
  /** The full token (`MQC1.<payload>.<signature>`), once the API serves it. */
  token?: string;
  claims: { fullNameLatin: string };
}

async function certificatesOf(page: Page, eventId: string): Promise<IssuedCertificate[]> {
  const response = await page.request.get(`/api/events/${eventId}/certificates?pageSize=50`);
  expect(response.status(), await response.text()).toBe(200);
  return ((await response.json()) as { items: IssuedCertificate[] }).items;
}

/** The path and hash of a verification link, opened on the server under test. */
const pathOf = (url: string) => {
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.hash}`;
};

async function publicPage(browser: Browser, baseURL: string | undefined) {
  // No session: a new context shares nothing with the admin's. CSP bypassed for axe only.
  const context = await browser.newContext({ baseURL, locale: 'en-US', bypassCSP: true });
  await context.addInitScript(() => window.localStorage.setItem('multaqa.language', 'en'));
  return { context, page: await context.newPage() };
}

test('the admin sets the rule, sees who qualifies and why not, issues with progress and revokes one; the public page shows a genuine and a revoked certificate', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const m = uniqueMarker();
  const { eventId, templateName, people } = await setUpCertificateEvent(baseURL, m);
  const [ahmed, fatima, halima, ibrahim] = people;

  await signIn(page, accounts.admin.email, { path: `/events/${eventId}?tab=certificates` });
  const rule = page.getByRole('form', { name: 'Rule' });
  await expect(rule).toContainText('This event has no certificate rule yet');
  await rule.getByRole('textbox', { name: 'Minimum attendance' }).fill('80');
  await rule
    .getByRole('combobox', { name: 'Template' })
    .selectOption({ label: `${templateName} · Arabic and English side by side` });
  await rule.getByRole('switch', { name: 'Email each participant their certificate' }).uncheck();
  await rule.getByRole('button', { name: 'Save the rule' }).click();
  await expect(page.getByText('The rule is saved.')).toBeVisible();

  // Who qualifies, and why the others do not.
  await expect(page.getByTestId('count-approved')).toHaveText('4');
  await expect(page.getByTestId('count-qualifying')).toHaveText('2');
  await expect(page.getByTestId('count-to-issue')).toHaveText('2');
  const eligibility = page.getByRole('table', {
    name: 'Approved participants and whether they qualify',
  });
  const rowOf = (name: string) =>
    eligibility.getByTestId('eligibility-row').filter({ hasText: name });
  await expect(rowOf(ahmed.latin)).toContainText('100 %');
  await expect(rowOf(ahmed.latin)).toContainText('Qualifies');
  await expect(rowOf(fatima.latin)).toContainText('4 of 5 sessions');
  await expect(rowOf(fatima.latin)).toContainText('Qualifies');
  await expect(rowOf(halima.latin)).toContainText('60 %');
  await expect(rowOf(halima.latin)).toContainText('Attendance below the minimum');
  await expect(rowOf(ibrahim.latin)).toContainText('Attendance below the minimum');

  // The filter and a name typed in Arabic without the hamza.
  await page.getByRole('combobox', { name: 'Show' }).selectOption('not');
  await expect(eligibility.getByTestId('eligibility-row')).toHaveCount(2);
  await page.getByRole('combobox', { name: 'Show' }).selectOption('all');
  await page.getByRole('searchbox', { name: 'Search by name' }).fill('ابراهيم');
  await expect(eligibility.getByTestId('eligibility-row')).toHaveCount(1);
  await expect(eligibility.getByTestId('eligibility-row')).toContainText(ibrahim.latin);
  await page.getByRole('searchbox', { name: 'Search by name' }).fill('');

  // Issue, after a confirmation; the progress reaches the end.
  await page.getByRole('button', { name: 'Issue 2 certificates' }).click();
  const confirm = page.getByRole('dialog', { name: 'Issue 2 certificates?' });
  await expect(confirm).toContainText(templateName);
  await confirm.getByRole('button', { name: 'Issue', exact: true }).click();
  await expect(page.getByText('2 certificates were issued.')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('count-issued')).toHaveText('2');
  await expect(page.getByTestId('count-to-issue')).toHaveText('0');
  await expect(page.getByRole('button', { name: 'Issue 0 certificates' })).toBeDisabled();

  const list = page.getByRole('table', { name: 'Certificates of this event' });
  await expect(list.getByTestId('certificate-row')).toHaveCount(2);
  await expect(list).toContainText(ahmed.latin);
  await expect(list).toContainText(fatima.latin);
  await expect(list).not.toContainText(halima.latin);

  // Fatima's was issued by mistake: revoked, with the reason.
  await list.getByRole('button', { name: `Revoke the certificate of ${fatima.latin}` }).click();
  const revoke = page.getByRole('dialog', { name: 'Revoke this certificate?' });
  await revoke.getByRole('textbox', { name: 'Reason' }).fill('Issued by mistake');
  await revoke.getByRole('button', { name: 'Revoke' }).click();
  await expect(page.getByText('The certificate is revoked.')).toBeVisible();
  const fatimaRow = list.getByTestId('certificate-row').filter({ hasText: fatima.latin });
  await expect(fatimaRow).toContainText('Revoked');
  await expect(fatimaRow).toContainText('Reason: Issued by mistake');

  const issued = await certificatesOf(page, eventId);
  const genuine = issued.find((c) => c.claims.fullNameLatin === ahmed.latin)!;
  const revoked = issued.find((c) => c.claims.fullNameLatin === fatima.latin)!;
  expect(genuine.status).toBe('valid');
  expect(revoked.status).toBe('revoked');

  // Anyone, not signed in: the QR link of the genuine one…
  const visitor = await publicPage(browser, baseURL);
  await visitor.page.goto(pathOf(genuine.verificationUrl));
  await expect(visitor.page.getByTestId('status')).toContainText('Valid certificate');
  await expect(visitor.page.getByTestId('signature')).toContainText('Signature verified with key');
  await expect(visitor.page.getByTestId('signature')).toContainText(
    'exactly what was signed when the certificate was issued',
  );
  const shown = visitor.page.getByRole('region', { name: 'What the certificate shows' });
  await expect(shown.getByText(ahmed.latin)).toBeVisible();
  await expect(shown.getByText(ahmed.ar)).toBeVisible();
  await expect(shown.getByText(`Certificates forum ${m}`)).toBeVisible();
  await expect(shown.getByText(genuine.serial, { exact: true })).toBeVisible();
  expect(await seriousViolations(visitor.page)).toEqual([]);

  // …the revoked one, with its reason…
  await visitor.page.goto(pathOf(revoked.verificationUrl));
  await expect(visitor.page.getByTestId('status')).toContainText('Revoked certificate');
  await expect(visitor.page.getByTestId('status')).toContainText('Issued by mistake');
  await expect(visitor.page.getByTestId('signature')).toContainText('Signature verified');

  // The QR link carries the signature alone (`MQC1..<signature>`) or, before that change, the
  // whole token: the spec reads it as served and works with both.
  const [path, token] = pathOf(genuine.verificationUrl).split('#');
  const [prefix, payload, signature] = token.split('.');
  const fullToken = genuine.token ?? (payload ? token : null);
  // …a link whose signature does not match (one character changed): forged…
  const flipped = signature[40] === 'A' ? 'B' : 'A';
  const wrong = `${signature.slice(0, 40)}${flipped}${signature.slice(41)}`;
  await visitor.page.goto(`${path}#${prefix}.${payload}.${wrong}`);
  await expect(visitor.page.getByTestId('signature')).toContainText('Signature does not match');
  await expect(visitor.page.getByTestId('status')).toContainText('Valid certificate');
  // …one whose signature was cut short: damaged…
  await visitor.page.goto(`${path}#${prefix}.${payload}.${signature.slice(0, 40)}`);
  await expect(visitor.page.getByTestId('signature')).toContainText('Damaged link');
  if (fullToken) {
    // …the full token (from the PDF) checks out on its own and agrees with the register…
    await visitor.page.goto(`${path}#${fullToken}`);
    await expect(visitor.page.getByTestId('signature')).toContainText('Signature verified');
    // …and one whose claims were altered (another name, the signature kept) is forged.
    const [, fullPayload, fullSignature] = fullToken.split('.');
    const claims = JSON.parse(Buffer.from(fullPayload, 'base64url').toString('utf8')) as Record<
      string,
      unknown
    >;
    const altered = Buffer.from(
      JSON.stringify({ ...claims, fullNameLatin: 'Someone Else' }),
      'utf8',
    ).toString('base64url');
    await visitor.page.goto(`${path}#${prefix}.${altered}.${fullSignature}`);
    await expect(visitor.page.getByTestId('signature')).toContainText('Signature does not match');
  }

  // …and a serial typed by hand, and one that is not ours.
  await visitor.page.goto('/verify');
  await visitor.page
    .getByRole('textbox', { name: 'Serial' })
    .fill(genuine.serial.toLowerCase().replace(/-/g, ' '));
  await visitor.page.getByRole('button', { name: 'Check' }).click();
  await expect(visitor.page.getByTestId('status')).toContainText('Valid certificate');
  await expect(visitor.page.getByTestId('signature')).toContainText('No signature in this link');
  await visitor.page.goto('/verify/MQ-1999-99999-' + 'A');
  await expect(visitor.page.getByText(/Unknown serial|This is not a serial/).first()).toBeVisible();
  await visitor.context.close();

  // The event's coordinator sees the rule, who qualifies and the list, but issues nothing.
  const coordinator = await browser.newContext({ baseURL, locale: 'en-US' });
  const coordinatorPage = await coordinator.newPage();
  await signIn(coordinatorPage, accounts.coordinator.email, {
    path: `/events/${eventId}?tab=certificates`,
  });
  await expect(coordinatorPage.getByTestId('count-issued')).toHaveText('1');
  await expect(
    coordinatorPage.getByRole('button', { name: /^Issue \d+ certificates?$/ }),
  ).toBeDisabled();
  await expect(
    coordinatorPage.getByText('Only an administrator can issue certificates.'),
  ).toBeVisible();
  const coordinatorList = coordinatorPage.getByRole('table', {
    name: 'Certificates of this event',
  });
  await expect(coordinatorList.getByTestId('certificate-row')).toHaveCount(2);
  await expect(coordinatorList.getByRole('button', { name: /Revoke|Re-issue/ })).toHaveCount(0);
  await coordinator.close();

  // No serious accessibility violation on the admin's screens (axe needs the CSP bypassed).
  const audit = await browser.newContext({ baseURL, locale: 'en-US', bypassCSP: true });
  const auditPage = await audit.newPage();
  const violations: Record<string, string[]> = {};
  for (const path of [
    `/events/${eventId}?tab=certificates`,
    '/certificates/templates',
    '/certificates/templates/new',
  ]) {
    await signIn(auditPage, accounts.admin.email, { path });
    await expect(auditPage.getByRole('heading', { level: 1 }).first()).toBeVisible();
    await expect(auditPage.locator('[aria-busy="true"], .mantine-Skeleton-root')).toHaveCount(0);
    violations[path] = await seriousViolations(auditPage);
  }
  expect(violations).toEqual(Object.fromEntries(Object.keys(violations).map((k) => [k, []])));
  await audit.close();
});

test('the admin designs a template with a live preview; a used template cannot be deleted, only archived', async ({
  page,
  baseURL,
}) => {
  const m = uniqueMarker();
  await signIn(page, accounts.admin.email, { path: '/certificates/templates' });
  await page.getByRole('link', { name: 'New template' }).first().click();
  const form = page.getByRole('form', { name: 'Template' });
  await form.getByRole('textbox', { name: 'Name' }).fill(`Designed ${m}`);
  await form.getByRole('combobox', { name: 'Languages' }).selectOption('ar_en');
  // The preview is drawn by the server and shown in a frame.
  await expect(page.getByTitle('Certificate preview (PDF)')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText('Drawn again after each change.')).toBeVisible();

  // A background image, uploaded as a multipart form and shown from the API.
  await form.getByLabel('Background image').setInputFiles({
    name: 'background.png',
    mimeType: 'image/png',
    buffer: Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
      'base64',
    ),
  });
  const background = form.getByRole('img', { name: 'Background image: the uploaded image' });
  await expect(background).toBeVisible();
  await expect.poll(() => background.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);

  // A new text element with a placeholder inserted from the menu.
  await page.getByRole('button', { name: 'Add an element' }).click();
  await page.getByRole('menuitem', { name: 'Text' }).click();
  await expect(page.getByText('Editing: Text')).toBeVisible();
  // The preview is asked for again with the new text once typing rests.
  const redrawn = page.waitForRequest(
    (request) =>
      request.url().endsWith('/api/certificate-templates/preview') &&
      (request.postData() ?? '').includes('{{nameAr}}'),
  );
  const arabic = form.getByRole('textbox', { name: 'Text in Arabic' });
  await arabic.fill('منح ');
  await page.getByRole('button', { name: 'Insert a placeholder into “Text in Arabic”' }).click();
  await page.getByRole('menuitem', { name: /Name in Arabic script/ }).click();
  await expect(arabic).toHaveValue('منح {{nameAr}}');
  await redrawn;
  await expect(page.getByText('Drawn again after each change.')).toBeVisible({ timeout: 20_000 });
  await form.getByRole('button', { name: 'Create the template' }).click();
  await expect(page.getByText('The template is created.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: `Designed ${m}` })).toBeVisible();

  // Unused: it can be deleted.
  await page.getByRole('link', { name: 'Back to the templates' }).click();
  await page.getByRole('button', { name: `Delete Designed ${m}` }).click();
  await page
    .getByRole('dialog', { name: 'Delete this template?' })
    .getByRole('button', { name: 'Delete' })
    .click();
  await expect(page.getByText('The template is deleted.')).toBeVisible();
  await expect(page.getByRole('link', { name: `Designed ${m}` })).toHaveCount(0);

  // One certificates were issued with (the story's): 409, and the way out is archiving.
  const { templateName } = await setUpCertificateEvent(baseURL, m, { issue: true });
  await page.reload();
  await page.getByRole('button', { name: `Delete ${templateName}` }).click();
  await page
    .getByRole('dialog', { name: 'Delete this template?' })
    .getByRole('button', { name: 'Delete' })
    .click();
  const inUse = page.getByRole('alert').filter({ hasText: 'This template is in use' });
  await expect(inUse).toBeVisible();
  await inUse.getByRole('button', { name: 'Archive it instead' }).click();
  await expect(page.getByText(`“${templateName}” is archived.`)).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: templateName });
  await expect(row).toContainText('Archived');
  await expect(row).toContainText('certificate');
});
