import {
  DEFAULT_TRAINED_MIN_ATTENDANCE_PERCENT,
  type Language,
  pickLocalized,
  type ReportDashboard,
  type ReportEventRow,
  type ReportTotals,
} from '@multaqa/contract';
import ExcelJS from 'exceljs';
import { translator } from '../common/i18n/i18n.js';
import { countryName } from '../geography/countries.js';
import { reportSummary } from './report-summary.js';

type Cell = string | number | null;

/** One breakdown as a table: the PDF draws it, the spreadsheet gives it a sheet. */
export interface YearEndTable {
  title: string;
  columns: string[];
  /** Which columns hold figures (right-aligned, numbers in the spreadsheet). */
  numeric: boolean[];
  rows: Cell[][];
}

/** The year-end report in one language, written once for both files. */
export interface YearEndReport {
  language: Language;
  title: string;
  summary: string;
  generated: string;
  totals: YearEndTable;
  breakdowns: YearEndTable[];
  events: YearEndTable;
  definition: string;
}

const TOTALS: (keyof ReportTotals)[] = [
  'eventsHeld',
  'trainingsHeld',
  'conferencesHeld',
  'hostCountries',
  'officialsTrained',
  'placesTrained',
  'countries',
  'institutions',
  'participants',
  'attendanceRatePercent',
  'certificatesIssued',
  'knowledgeGainPoints',
  'postTestPassRatePercent',
  'satisfactionMean',
];

function yearsLabel(d: ReportDashboard, t: (k: string) => string): string {
  const from = d.filters.yearFrom ?? d.byYear[0]?.year;
  const to = d.filters.yearTo ?? d.byYear.at(-1)?.year;
  if (from === undefined || to === undefined) return t('report.all_years');
  return from === to ? String(from) : `${from}–${to}`;
}

export function yearEndReport(
  d: ReportDashboard,
  events: ReportEventRow[],
  lang: Language,
): YearEndReport {
  const t = translator(lang);
  const r = (key: string) => t(`report.${key}`);
  const table = (key: string, columns: string[], rows: Cell[][], firstText = 1): YearEndTable => ({
    title: r(key),
    columns: columns.map(r),
    numeric: columns.map((_, i) => i >= firstText),
    rows,
  });
  const date = new Intl.DateTimeFormat(`${lang}-u-nu-latn`, { dateStyle: 'long' }).format(
    new Date(d.refreshedAt),
  );
  return {
    language: lang,
    title: t('report.title', { years: yearsLabel(d, t) }),
    summary: reportSummary(d, lang),
    generated: t('report.generated', { date }),
    totals: {
      title: r('summary_sheet'),
      columns: [r('figure'), r('value')],
      numeric: [false, true],
      rows: TOTALS.map((k) => [r(k), d.totals[k]]),
    },
    breakdowns: [
      table(
        'by_institution',
        ['institution', 'country', 'officialsTrained', 'participants', 'certificatesIssued'],
        d.byInstitution.map((i) => [
          i.name ? pickLocalized(i.name, lang) : r('no_institution'),
          i.countryCode ? countryName(i.countryCode, lang) : '',
          i.officialsTrained,
          i.participants,
          i.certificatesIssued,
        ]),
        2,
      ),
      table(
        'by_gender',
        ['gender', 'officialsTrained'],
        d.byGender.map((g) => [
          g.gender ? r(`gender_${g.gender}`) : r('not_recorded'),
          g.officialsTrained,
        ]),
      ),
      table(
        'by_country',
        ['country', 'officialsTrained', 'participants'],
        d.byCountry.map((c) => [
          countryName(c.countryCode, lang),
          c.officialsTrained,
          c.participants,
        ]),
      ),
      table(
        'by_package',
        ['package', 'deliveries', 'officialsTrained', 'knowledgeGainPoints', 'satisfactionMean'],
        d.byPackage.map((p) => [
          pickLocalized(p.title, lang),
          p.deliveries,
          p.officialsTrained,
          p.knowledgeGainPoints,
          p.satisfactionMean,
        ]),
      ),
      table(
        'by_year',
        ['year', 'eventsHeld', 'officialsTrained', 'certificatesIssued', 'attendanceRatePercent'],
        d.byYear.map((y) => [
          String(y.year),
          y.eventsHeld,
          y.officialsTrained,
          y.certificatesIssued,
          y.attendanceRatePercent,
        ]),
      ),
    ],
    events: table(
      'events_sheet',
      [
        'event',
        'kind',
        'start_date',
        'country',
        'participants',
        'officialsTrained',
        'attendanceRatePercent',
        'certificatesIssued',
        'knowledgeGainPoints',
        'satisfactionMean',
      ],
      events.map((e) => [
        pickLocalized(e.title, lang),
        r(`kind_${e.kind}`),
        e.startDate,
        countryName(e.countryCode, lang),
        e.participants,
        e.officialsTrained,
        e.attendanceRatePercent,
        e.certificatesIssued,
        e.knowledgeGainPoints,
        e.satisfactionMean,
      ]),
      4,
    ),
    definition: t('report.trained_definition', { percent: DEFAULT_TRAINED_MIN_ATTENDANCE_PERCENT }),
  };
}

/** Excel refuses these in sheet names, and names longer than 31 characters. */
const sheetName = (title: string) => title.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31);

/**
 * The spreadsheet: a Summary sheet (title, sentence, totals, definition), one sheet per
 * breakdown and one of the events; figures stay numbers so they can be summed and charted.
 */
export async function yearEndWorkbook(report: YearEndReport): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const view = { rightToLeft: report.language === 'ar' };
  const summary = book.addWorksheet(sheetName(report.totals.title), { views: [view] });
  summary.columns = [{ width: 40 }, { width: 16 }];
  summary.addRow([report.title]).font = { bold: true, size: 14 };
  summary.addRow([report.summary]);
  summary.addRow([report.generated]);
  summary.addRow([]);
  summary.addRow(report.totals.columns).font = { bold: true };
  for (const row of report.totals.rows) summary.addRow(row);
  summary.addRow([]);
  summary.addRow([report.definition]);
  for (const table of [...report.breakdowns, report.events]) {
    const sheet = book.addWorksheet(sheetName(table.title), {
      views: [{ ...view, state: 'frozen', ySplit: 1 }],
    });
    sheet.columns = table.columns.map((header, i) => ({
      header,
      width: table.numeric[i] ? 14 : 36,
    }));
    sheet.getRow(1).font = { bold: true };
    for (const row of table.rows) sheet.addRow(row);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
