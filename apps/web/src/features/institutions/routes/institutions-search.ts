import { INSTITUTION_KINDS, INSTITUTION_SORT_FIELDS } from '@multaqa/contract';
import { countryParam, oneOf, pageParam, textParam } from '../../../lib/search-params';
import type { ListInstitutionsParams } from '../api/list-institutions';

/** The list's state in the URL: `/institutions?q=…&countryCode=…&kind=…&sort=…&order=…&page=…`. */
export type InstitutionsSearch = Pick<
  ListInstitutionsParams,
  'q' | 'countryCode' | 'kind' | 'sort' | 'order' | 'page'
>;

export function validateInstitutionsSearch(search: Record<string, unknown>): InstitutionsSearch {
  return {
    q: textParam(search.q),
    countryCode: countryParam(search.countryCode),
    kind: oneOf(INSTITUTION_KINDS, search.kind),
    sort: oneOf(INSTITUTION_SORT_FIELDS, search.sort),
    order: oneOf(['asc', 'desc'] as const, search.order),
    page: pageParam(search.page),
  };
}
