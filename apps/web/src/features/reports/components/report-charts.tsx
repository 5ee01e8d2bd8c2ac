import { Stack } from '@mantine/core';
import { pickLocalized, type ReportDashboard } from '@multaqa/contract';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCountry } from '../../../lib/format';
import { currentLanguage, directionOf } from '../../../lib/i18n';
import { barChart, doughnutChart } from '../lib/charts';
import { reportFormat } from '../lib/report-format';
import { ChartFigure } from './chart-figure';

/** Room per bar in a horizontal chart, for a name on up to three lines. */
const ROW_HEIGHT = 30;
/**
 * The ministries drawn: those with officials trained, the most first. A conference's attendees
 * bring dozens of institutions with none, which would stretch the chart over pages; the table
 * beside it lists them all.
 */
const CHARTED_INSTITUTIONS = 12;

/** The breakdowns of the figures: by year, ministry, gender, country and package. */
export function ReportCharts({ dashboard }: { dashboard: ReportDashboard }) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);

  // Built once per answer and language: each new configuration redraws its chart.
  const figures = useMemo(() => {
    const f = reportFormat(t, lang);
    const year = f.year;
    const text = { rtl: directionOf(lang) === 'rtl', formatNumber: f.number };
    const top = <T,>(rows: T[], value: (row: T) => number, label: (row: T) => string) => {
      const best = rows.reduce<T | undefined>(
        (a, b) => (a === undefined || value(b) > value(a) ? b : a),
        undefined,
      );
      return best ? { top: label(best), value: f.number(value(best)) } : { top: '', value: '' };
    };
    const summary = (title: string, rows: unknown[], highest: { top: string; value: string }) =>
      t('reports.charts.summary', {
        title,
        count: rows.length,
        n: f.number(rows.length),
        ...highest,
      });

    const { byYear, byInstitution, byGender, byCountry, byPackage } = dashboard;
    const trained = t('reports.columns.officialsTrained');
    const participants = t('reports.columns.participants');
    const certificates = t('reports.columns.certificatesIssued');

    const yearTitle = t('reports.charts.byYear');
    const institutionName = (row: (typeof byInstitution)[number]) =>
      row.name
        ? pickLocalized(row.name, lang) || t('reports.untitled')
        : t('reports.noInstitution');
    const institutionTitle = t('reports.charts.byInstitution');
    const chartedInstitutions = byInstitution
      .filter((r) => r.officialsTrained > 0)
      .slice(0, CHARTED_INSTITUTIONS);
    const genderName = (row: (typeof byGender)[number]) =>
      row.gender ? t(`participants.gender.${row.gender}`) : t('reports.genderUnknown');
    const genderTitle = t('reports.charts.byGender');
    const genderTotal = byGender.reduce((sum, row) => sum + row.officialsTrained, 0);
    const countryName = (code: string) => formatCountry(code, lang);
    const countryTitle = t('reports.charts.byCountry');
    const packageName = (row: (typeof byPackage)[number]) =>
      pickLocalized(row.title, lang) || t('reports.untitled');
    const packageTitle = t('reports.charts.byPackage');

    return [
      {
        id: 'by-year',
        title: yearTitle,
        summary: summary(
          yearTitle,
          byYear,
          top(
            byYear,
            (r) => r.officialsTrained,
            (r) => year(r.year),
          ),
        ),
        height: 260,
        config: barChart(
          byYear.map((r) => year(r.year)),
          [
            { label: t('reports.columns.eventsHeld'), values: byYear.map((r) => r.eventsHeld) },
            { label: trained, values: byYear.map((r) => r.officialsTrained) },
          ],
          text,
        ),
        table: {
          columns: [
            t('reports.columns.year'),
            t('reports.columns.eventsHeld'),
            trained,
            certificates,
            t('reports.columns.attendanceRate'),
          ],
          rows: byYear.map((r) => ({
            key: String(r.year),
            cells: [
              year(r.year),
              f.number(r.eventsHeld),
              f.number(r.officialsTrained),
              f.number(r.certificatesIssued),
              f.percent(r.attendanceRatePercent),
            ],
          })),
        },
      },
      {
        id: 'by-institution',
        title: institutionTitle,
        summary: summary(
          institutionTitle,
          byInstitution,
          top(byInstitution, (r) => r.officialsTrained, institutionName),
        ),
        height: Math.max(160, chartedInstitutions.length * ROW_HEIGHT * 1.5 + 60),
        config: barChart(
          chartedInstitutions.map(institutionName),
          [{ label: trained, values: chartedInstitutions.map((r) => r.officialsTrained) }],
          text,
          true,
        ),
        table: {
          columns: [
            t('reports.columns.institution'),
            t('reports.columns.country'),
            trained,
            participants,
            certificates,
          ],
          rows: byInstitution.map((r) => ({
            key: r.institutionId ?? 'none',
            cells: [
              institutionName(r),
              r.countryCode ? countryName(r.countryCode) : '',
              f.number(r.officialsTrained),
              f.number(r.participants),
              f.number(r.certificatesIssued),
            ],
          })),
        },
      },
      {
        id: 'by-gender',
        title: genderTitle,
        summary: summary(
          genderTitle,
          byGender,
          top(byGender, (r) => r.officialsTrained, genderName),
        ),
        height: 240,
        config: doughnutChart(
          byGender.map(genderName),
          byGender.map((r) => r.officialsTrained),
          text,
        ),
        table: {
          columns: [t('reports.columns.gender'), trained, t('reports.columns.share')],
          rows: byGender.map((r) => ({
            key: r.gender ?? 'unknown',
            cells: [
              genderName(r),
              f.number(r.officialsTrained),
              f.percent(genderTotal ? (r.officialsTrained / genderTotal) * 100 : null),
            ],
          })),
        },
      },
      {
        id: 'by-country',
        title: countryTitle,
        summary: summary(
          countryTitle,
          byCountry,
          top(
            byCountry,
            (r) => r.officialsTrained,
            (r) => countryName(r.countryCode),
          ),
        ),
        height: 260,
        config: barChart(
          byCountry.map((r) => countryName(r.countryCode)),
          [
            { label: trained, values: byCountry.map((r) => r.officialsTrained) },
            { label: participants, values: byCountry.map((r) => r.participants) },
          ],
          text,
        ),
        table: {
          columns: [t('reports.columns.country'), trained, participants],
          rows: byCountry.map((r) => ({
            key: r.countryCode,
            cells: [
              countryName(r.countryCode),
              f.number(r.officialsTrained),
              f.number(r.participants),
            ],
          })),
        },
      },
      {
        id: 'by-package',
        title: packageTitle,
        summary: summary(
          packageTitle,
          byPackage,
          top(byPackage, (r) => r.officialsTrained, packageName),
        ),
        // Lying down, like the ministries: package titles are long.
        height: Math.max(160, byPackage.length * ROW_HEIGHT * 1.5 + 60),
        config: barChart(
          byPackage.map(packageName),
          [{ label: trained, values: byPackage.map((r) => r.officialsTrained) }],
          text,
          true,
        ),
        table: {
          columns: [
            t('reports.columns.package'),
            t('reports.columns.deliveries'),
            trained,
            t('reports.columns.knowledgeGain'),
            t('reports.columns.satisfaction'),
          ],
          rows: byPackage.map((r) => ({
            key: r.lineageId,
            cells: [
              packageName(r),
              f.number(r.deliveries),
              f.number(r.officialsTrained),
              f.points(r.knowledgeGainPoints),
              f.outOfFive(r.satisfactionMean),
            ],
          })),
        },
      },
    ];
  }, [dashboard, lang, t]);

  return (
    <Stack gap="md">
      {figures.map((figure) => (
        <ChartFigure key={figure.id} {...figure} />
      ))}
    </Stack>
  );
}
