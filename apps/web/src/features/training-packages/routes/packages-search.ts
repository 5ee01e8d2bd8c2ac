import { PACKAGE_SORT_FIELDS, PACKAGE_STATUSES } from '@multaqa/contract';
import { oneOf, pageParam, textParam } from '../../../lib/search-params';
import type { ListPackagesParams } from '../api/list-packages';

/** The list's state in the URL: `/packages?q=…&status=…&sort=…&order=…&page=…`. Defaults are left out. */
export type PackagesSearch = Pick<ListPackagesParams, 'q' | 'status' | 'sort' | 'order' | 'page'>;

export function validatePackagesSearch(search: Record<string, unknown>): PackagesSearch {
  return {
    q: textParam(search.q),
    status: oneOf(PACKAGE_STATUSES, search.status),
    sort: oneOf(PACKAGE_SORT_FIELDS, search.sort),
    order: oneOf(['asc', 'desc'] as const, search.order),
    page: pageParam(search.page),
  };
}
