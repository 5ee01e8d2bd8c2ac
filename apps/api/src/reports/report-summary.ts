import type { Language, ReportDashboard } from '@multaqa/contract';
import { translator } from '../common/i18n/i18n.js';
import { countryName } from '../geography/countries.js';

type Figures = Pick<ReportDashboard, 'totals' | 'byCountry' | 'byInstitution'>;

/**
 * The year-end sentence, written from the figures in the reader's language: "17 events held;
 * 124 officials trained from 4 ministries in Somalia; 118 certificates issued." With trained
 * people from several countries it says how many, then names the country most were from, with
 * its own figures (the center reports "120+ officials trained in one country").
 */
export function reportSummary(
  { totals, byCountry, byInstitution }: Figures,
  lang: Language,
): string {
  const t = translator(lang);
  const inCountry = (code: string) => t('report.in_country', { country: countryName(code, lang) });
  let trained = t('report.trained', { count: totals.officialsTrained });
  const top = byCountry.find((c) => c.officialsTrained > 0);
  if (top) {
    if (totals.institutions > 0) {
      trained += ` ${t('report.from_ministries', { count: totals.institutions })}`;
    }
    if (totals.countries === 1) trained += ` ${inCountry(top.countryCode)}`;
    else {
      const ministries = byInstitution.filter(
        (i) => i.institutionId && i.countryCode === top.countryCode && i.officialsTrained > 0,
      ).length;
      trained +=
        ` ${t('report.from_countries', { count: totals.countries })}` +
        t('report.among_them', { count: top.officialsTrained }) +
        (ministries > 0 ? ` ${t('report.from_ministries', { count: ministries })}` : '') +
        ` ${inCountry(top.countryCode)}`;
    }
  }
  return (
    [
      t('report.events', { count: totals.eventsHeld }),
      trained,
      t('report.certificates', { count: totals.certificatesIssued }),
    ].join(t('report.separator')) + t('report.end')
  );
}
