import type { EligibilityEntry } from '@multaqa/contract';
import { matchesName } from '../../../lib/search-text';

export const ELIGIBILITY_FILTERS = ['all', 'qualifies', 'not', 'issued'] as const;
export type EligibilityFilter = (typeof ELIGIBILITY_FILTERS)[number];

/** Whether an entry belongs under a filter: who qualifies (issued or not), who does not, who has one. */
export function inFilter(entry: EligibilityEntry, filter: EligibilityFilter): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'qualifies':
      return entry.qualifies;
    case 'not':
      return !entry.qualifies;
    case 'issued':
      return entry.certificate !== null;
  }
}

/** The entries a search (a name in either script, however typed) and a filter leave. */
export function filterEligibility(
  entries: readonly EligibilityEntry[],
  filter: EligibilityFilter,
  query: string,
): EligibilityEntry[] {
  const q = query.trim();
  return entries.filter(
    (entry) =>
      inFilter(entry, filter) &&
      (q === '' || matchesName(q, [entry.fullNameAr, entry.fullNameLatin])),
  );
}

/** How many entries each filter holds, for the filter's labels. */
export function filterCounts(
  entries: readonly EligibilityEntry[],
): Record<EligibilityFilter, number> {
  const counts = { all: 0, qualifies: 0, not: 0, issued: 0 };
  for (const entry of entries)
    for (const filter of ELIGIBILITY_FILTERS) if (inFilter(entry, filter)) counts[filter] += 1;
  return counts;
}
