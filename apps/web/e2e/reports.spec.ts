import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReportDashboard } from '@multaqa/contract';
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { seriousViolations } from './axe';
import { accounts, choose, startSession } from './support';

/**
 * DOMAIN.md story step 7, in Arabic: a coordinator opens the reports, narrows them to one
 * ministry, and takes the year-end files away. What the page and the files show is checked
 * against the API's own answer for the same filters, so the test holds whatever other specs
 * added to the shared database before it.
 */
test.use({ bypassCSP: true });

/** The demo's Mogadishu training has officials of this ministry (demo-events.ts). */
const MINISTRY = { ar: 'وزارة الدفاع', option: 'وزارة الدفاع — الصومال' };

async function dashboardFor(page: Page, query = ''): Promise<ReportDashboard> {
  const response = await page.request.get(`/api/reports/dashboard${query}`, {
    headers: { 'Accept-Language': 'ar' },
  });
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as ReportDashboard;
}

/** A number as the page writes it in Arabic (the browser's Intl, like the app). */
function arabicNumber(page: Page, value: number): Promise<string> {
  return page.evaluate((n) => new Intl.NumberFormat('ar').format(n), value);
}

async function expectFigures(page: Page, dashboard: ReportDashboard) {
  await expect(page.getByTestId('report-summary')).toHaveText(dashboard.summary);
  const tile = (key: string) => page.locator(`[data-tile="${key}"]`);
  await expect(tile('officialsTrained')).toHaveText(
    await arabicNumber(page, dashboard.totals.officialsTrained),
  );
  await expect(tile('eventsHeld')).toHaveText(
    await arabicNumber(page, dashboard.totals.eventsHeld),
  );
  await expect(tile('certificatesIssued')).toHaveText(
    await arabicNumber(page, dashboard.totals.certificatesIssued),
  );
  await expect(tile('institutions')).toHaveText(
    await arabicNumber(page, dashboard.totals.institutions),
  );
}

/** pdftotext's text with its bidi marks and every space removed (it drops some around digits). */
function pdfText(path: string): string {
  const result = spawnSync('pdftotext', [path, '-'], { encoding: 'utf8' });
  if (result.error) throw new Error('pdftotext is needed (apt-get install poppler-utils)');
  return result.stdout.replace(/[\u202a-\u202e\u200e\u200f\s]/g, '');
}

test('a coordinator reads the reports in Arabic, narrows them to a ministry and downloads the year-end files', async ({
  page,
}) => {
  const downloads = mkdtempSync(join(tmpdir(), 'multaqa-reports-'));
  try {
    await startSession(page, accounts.coordinator.email, { lang: 'ar' });
    await page.goto('/events');
    await page
      .getByRole('navigation', { name: 'التنقل الرئيسي' })
      .getByRole('link', { name: 'التقارير' })
      .click();
    await expect(page).toHaveURL(/\/reports$/);
    await expect(page.getByRole('heading', { level: 1, name: 'التقارير' })).toBeVisible();
    await expect(page.getByText('تشمل هذه الأرقام الفعاليات التي تنسّقها فقط.')).toBeVisible();

    const all = await dashboardFor(page);
    expect(all.totals.officialsTrained, 'the demo has officials trained').toBeGreaterThan(0);
    await expectFigures(page, all);
    // Each chart has its figures as a table, and a name for screen readers.
    await expect(page.getByRole('img', { name: /حسب الوزارة/ })).toBeAttached();
    const ministries = page.getByRole('table', { name: /الأرقام: حسب الوزارة/ });
    await expect(ministries.getByRole('rowheader', { name: MINISTRY.ar })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    // One ministry: the URL keeps the filter and the figures become the API's for it.
    await choose(page, 'الوزارة أو المؤسسة', MINISTRY.ar, MINISTRY.option);
    await expect(page).toHaveURL(/institutionId=[0-9a-f-]{36}/);
    const institutionId = new URL(page.url()).searchParams.get('institutionId')!;
    const ministry = await dashboardFor(page, `?institutionId=${institutionId}`);
    expect(ministry.totals.officialsTrained).toBeLessThan(all.totals.officialsTrained);
    expect(ministry.totals.officialsTrained).toBeGreaterThan(0);
    await expectFigures(page, ministry);

    // The year-end report, for the same ministry, in Arabic then English.
    const pdfDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'التقرير السنوي (PDF)' }).click();
    const pdf = await pdfDownload;
    expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
    const pdfPath = join(downloads, 'report.pdf');
    await pdf.saveAs(pdfPath);
    const text = pdfText(pdfPath);
    expect(text).toContain(ministry.summary.replace(/\s/g, ''));
    expect(text).toContain(MINISTRY.ar.replace(/\s/g, ''));
    expect(text).not.toContain('وزارةالإعلام');

    // The figures as a spreadsheet: the summary sheet holds the dashboard's totals, as numbers.
    const xlsxDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'الأرقام (XLSX)' }).click();
    const xlsx = await xlsxDownload;
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
    const xlsxPath = join(downloads, 'figures.xlsx');
    await xlsx.saveAs(xlsxPath);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsxPath);
    const summary = book.worksheets[0];
    const cells: unknown[] = [];
    summary.eachRow((row) => row.eachCell((cell) => cells.push(cell.value)));
    expect(cells).toContain(ministry.summary);
    const numbers = cells.filter((value): value is number => typeof value === 'number');
    const totals = Object.values(ministry.totals).filter((v): v is number => v !== null);
    expect([...numbers].sort((a, b) => a - b)).toEqual([...totals].sort((a, b) => a - b));
    const bySheet = book.worksheets.find((sheet) =>
      sheet.getRow(1).values.toString().includes('الوزارة'),
    );
    expect(bySheet, 'a sheet of the ministries').toBeTruthy();
    const ministryRow = bySheet!.getRow(2).values as unknown[];
    expect(ministryRow).toContain(MINISTRY.ar);
    expect(ministryRow).toContain(ministry.byInstitution[0].officialsTrained);

    // Clearing the filters brings every figure back.
    await page.getByRole('button', { name: 'مسح المرشحات' }).click();
    await expect(page).toHaveURL(/\/reports$/);
    await expectFigures(page, all);
  } finally {
    rmSync(downloads, { recursive: true, force: true });
  }
});
