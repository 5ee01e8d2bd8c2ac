import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, unwrap, type QueryParams } from '../../../lib/api-client';
import { packageKeys } from './query-keys';

export type ListPackagesParams = QueryParams<'/api/training-packages', 'get'>;

export const PACKAGES_PAGE_SIZE = 20;

/** GET /api/training-packages → a page of summaries (only published ones for trainers and participants). */
export function listPackages(query: ListPackagesParams) {
  return unwrap(api.GET('/api/training-packages', { params: { query } }));
}

export function listPackagesQueryOptions(query: ListPackagesParams) {
  return queryOptions({
    queryKey: packageKeys.list(query),
    queryFn: () => listPackages(query),
    placeholderData: keepPreviousData,
  });
}
