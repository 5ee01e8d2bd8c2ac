import { PACKAGE_SORT_FIELDS, PACKAGE_STATUSES } from '@multaqa/contract';
import type { ListPackagesParams } from '../api/list-packages';

/** The list's state in the URL: `/packages?q=…&status=…&sort=…&order=…&page=…`. Defaults are left out. */
export type PackagesSearch = Pick<ListPackagesParams, 'q' | 'status' | 'sort' | 'order' | 'page'>;

function oneOf<T extends string>(values: readonly T[], value: unknown): T | undefined {
  return typeof value === 'string' && (values as readonly string[]).includes(value)
    ? (value as T)
    : undefined;
}

export function validatePackagesSearch(search: Record<string, unknown>): PackagesSearch {
  const page = Number(search.page);
  const q = typeof search.q === 'string' ? search.q.trim().slice(0, 200) : '';
  return {
    q: q || undefined,
    status: oneOf(PACKAGE_STATUSES, search.status),
    sort: oneOf(PACKAGE_SORT_FIELDS, search.sort),
    order: oneOf(['asc', 'desc'] as const, search.order),
    page: Number.isInteger(page) && page > 1 ? page : undefined,
  };
}
