import type { Language } from '@multaqa/contract';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';

/** The reports' figures in the reader's language and digits, like every number in the app. */
const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Language, options: Intl.NumberFormatOptions) {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang, options);
    formats.set(key, format);
  }
  return format;
}

export function formatDecimal(value: number, lang: Language): string {
  return numberFormat(lang, { maximumFractionDigits: 1 }).format(value);
}

/** 0–100 → "87%" written the reader's way ("٨٧٪"). */
export function formatPercent(value: number, lang: Language): string {
  return numberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(value / 100);
}

/**
 * The formatters the reports need, in `lang`. A figure with nothing to measure yet (no test
 * taken, no survey answered) is null: it is said, not shown as zero.
 */
export function reportFormat(t: TFunction, lang: Language) {
  const measured = (value: number | null, format: (value: number) => string) =>
    value === null ? t('reports.noData') : format(value);
  return {
    lang,
    number: (value: number) => formatNumber(value, lang),
    /** A year without a thousands separator ("٢٠٢٥", not "٢٬٠٢٥"). */
    year: (value: number) => numberFormat(lang, { useGrouping: false }).format(value),
    percent: (value: number | null) => measured(value, (v) => formatPercent(v, lang)),
    points: (value: number | null) =>
      measured(value, (v) => t('reports.points', { count: v, value: formatDecimal(v, lang) })),
    outOfFive: (value: number | null) =>
      measured(value, (v) =>
        t('reports.outOfFive', { value: formatDecimal(v, lang), max: formatNumber(5, lang) }),
      ),
  };
}

export function useReportFormat() {
  const { t, i18n } = useTranslation();
  return reportFormat(t, currentLanguage(i18n));
}
