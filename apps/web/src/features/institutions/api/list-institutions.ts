import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, unwrap, type QueryParams } from '../../../lib/api-client';
import { institutionKeys } from './query-keys';

export type ListInstitutionsParams = QueryParams<'/api/institutions', 'get'>;

export const INSTITUTIONS_PAGE_SIZE = 20;

/** GET /api/institutions → a page of institutions with their parent. */
export function listInstitutions(query: ListInstitutionsParams) {
  return unwrap(api.GET('/api/institutions', { params: { query } }));
}

export function listInstitutionsQueryOptions(query: ListInstitutionsParams) {
  return queryOptions({
    queryKey: institutionKeys.list(query),
    queryFn: () => listInstitutions(query),
    placeholderData: keepPreviousData,
  });
}
