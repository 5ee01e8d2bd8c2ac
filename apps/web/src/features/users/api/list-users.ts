import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, unwrap, type QueryParams } from '../../../lib/api-client';
import { userKeys } from './query-keys';

export type ListUsersParams = QueryParams<'/api/users', 'get'>;

export const USERS_PAGE_SIZE = 20;

/** GET /api/users (admins only) → a page of users. */
export function listUsers(query: ListUsersParams) {
  return unwrap(api.GET('/api/users', { params: { query } }));
}

export function listUsersQueryOptions(query: ListUsersParams) {
  return queryOptions({
    queryKey: userKeys.list(query),
    queryFn: () => listUsers(query),
    placeholderData: keepPreviousData,
  });
}
