import type { Language, ReportDashboard } from '@multaqa/contract';
import { translator } from '../common/i18n/i18n.js';
import { countryName } from '../geography/countries.js';

type Figures = Pick<ReportDashboard, 'totals' | 'byCountry'>;

/**
 * The year-end sentence, written from the figures in the reader's language: "17 events held;
 * 124 officials trained from 4 ministries in Somalia; 118 certificates issued." With trained
 * people from several countries it says how many countries instead of naming one.
 */
export function reportSummary({ totals, byCountry }: Figures, lang: Language): string {
  const t = translator(lang);
  const trained = [t('report.trained', { count: totals.officialsTrained })];
  if (totals.officialsTrained > 0) {
    if (totals.institutions > 0)
      trained.push(t('report.from_ministries', { count: totals.institutions }));
    const top = byCountry.find((c) => c.officialsTrained > 0);
    if (totals.countries === 1 && top)
      trained.push(t('report.in_country', { country: countryName(top.countryCode, lang) }));
    else if (totals.countries > 1)
      trained.push(t('report.from_countries', { count: totals.countries }));
  }
  return (
    [
      t('report.events', { count: totals.eventsHeld }),
      trained.join(' '),
      t('report.certificates', { count: totals.certificatesIssued }),
    ].join(t('report.separator')) + t('report.end')
  );
}
