import { INSTITUTION_KINDS, INSTITUTION_SORT_FIELDS } from '@multaqa/contract';
import type { ListInstitutionsParams } from '../api/list-institutions';

/** The list's state in the URL: `/institutions?q=…&countryCode=…&kind=…&sort=…&order=…&page=…`. */
export type InstitutionsSearch = Pick<
  ListInstitutionsParams,
  'q' | 'countryCode' | 'kind' | 'sort' | 'order' | 'page'
>;

function oneOf<T extends string>(values: readonly T[], value: unknown): T | undefined {
  return typeof value === 'string' && (values as readonly string[]).includes(value)
    ? (value as T)
    : undefined;
}

export function validateInstitutionsSearch(search: Record<string, unknown>): InstitutionsSearch {
  const page = Number(search.page);
  const q = typeof search.q === 'string' ? search.q.trim().slice(0, 200) : '';
  const country = typeof search.countryCode === 'string' ? search.countryCode.toUpperCase() : '';
  return {
    q: q || undefined,
    countryCode: /^[A-Z]{2}$/.test(country) ? country : undefined,
    kind: oneOf(INSTITUTION_KINDS, search.kind),
    sort: oneOf(INSTITUTION_SORT_FIELDS, search.sort),
    order: oneOf(['asc', 'desc'] as const, search.order),
    page: Number.isInteger(page) && page > 1 ? page : undefined,
  };
}
