import type { AttendanceRates, Language } from '@multaqa/contract';

/** 0.8333 → "83%" in the reader's digits; no rate yet (nothing held) → "—". */
export function formatRate(rate: number | null, lang: Language): string {
  if (rate === null) return '—';
  return new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(rate);
}

/** Sessions attended, which may be a half ("late counts as half"): "4.5". */
export function formatAttended(attended: number, lang: Language): string {
  return new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(attended);
}

export type ParticipantRate = AttendanceRates['participants'][number];
export const RATE_SORT_KEYS = ['name', 'institution', 'rate'] as const;
export type RateSortKey = (typeof RATE_SORT_KEYS)[number];

/**
 * The per-participant table's order. Names and institutions compare as the reader's language
 * sorts them; a person with no rate yet goes last whichever way the rates are ordered.
 */
export function sortParticipantRates(
  rows: readonly ParticipantRate[],
  key: RateSortKey,
  direction: 'asc' | 'desc',
  lang: Language,
  label: { name: (row: ParticipantRate) => string; institution: (row: ParticipantRate) => string },
): ParticipantRate[] {
  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
  const sign = direction === 'asc' ? 1 : -1;
  const byName = (a: ParticipantRate, b: ParticipantRate) =>
    collator.compare(label.name(a), label.name(b));
  return [...rows].sort((a, b) => {
    if (key === 'rate') {
      const ra = a.rate.rate;
      const rb = b.rate.rate;
      if (ra === null || rb === null) {
        if (ra !== rb) return ra === null ? 1 : -1;
      } else if (ra !== rb) return sign * (ra - rb);
      return byName(a, b);
    }
    const primary =
      key === 'name' ? byName(a, b) : collator.compare(label.institution(a), label.institution(b));
    return primary !== 0 ? sign * primary : byName(a, b);
  });
}
