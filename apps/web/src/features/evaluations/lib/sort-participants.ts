import type { ParticipantTestResult } from '@multaqa/contract';

export const PARTICIPANT_SORTS = ['name', 'pre', 'post', 'gain', 'passed'] as const;
export type ParticipantSort = (typeof PARTICIPANT_SORTS)[number];

const numeric: Record<
  Exclude<ParticipantSort, 'name'>,
  (r: ParticipantTestResult) => number | null
> = {
  pre: (r) => r.prePercent,
  post: (r) => r.postPercent,
  gain: (r) => r.gainPoints,
  passed: (r) => (r.postPassed === null ? null : r.postPassed ? 1 : 0),
};

/** Sorted by a column; rows without a value (test not taken) stay last in either order. */
export function sortParticipants(
  rows: ParticipantTestResult[],
  sort: ParticipantSort,
  order: 'asc' | 'desc',
  nameOf: (r: ParticipantTestResult) => string,
  locale: string,
): ParticipantTestResult[] {
  const sign = order === 'asc' ? 1 : -1;
  if (sort === 'name') {
    const collator = new Intl.Collator(locale);
    return [...rows].sort((a, b) => sign * collator.compare(nameOf(a), nameOf(b)));
  }
  const value = numeric[sort];
  return [...rows].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    return sign * (x - y);
  });
}
