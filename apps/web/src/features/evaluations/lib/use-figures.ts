import { LIKERT_MAX } from '@multaqa/contract';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';

/** The results' figures in the reader's language and digits; a dash where there is none yet. */
export function useFigures() {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const one = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
  const dash = '—';
  return {
    number: (n: number) => formatNumber(n, lang),
    percent: (n: number | null) =>
      n === null ? dash : t('evaluations.percent', { value: one.format(n) }),
    points: (n: number | null) =>
      n === null
        ? dash
        : t('evaluations.gainPoints', { value: `${n > 0 ? '+' : ''}${one.format(n)}` }),
    mean: (n: number | null) =>
      n === null
        ? dash
        : t('evaluations.outOf', {
            value: new Intl.NumberFormat(lang, {
              minimumFractionDigits: 1,
              maximumFractionDigits: 1,
            }).format(n),
            max: formatNumber(LIKERT_MAX, lang),
          }),
  };
}
