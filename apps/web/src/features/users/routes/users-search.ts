import { ROLES } from '@multaqa/contract';
import { oneOf, pageParam, textParam } from '../../../lib/search-params';
import type { ListUsersParams } from '../api/list-users';

/** `/users?q=…&role=…&page=…`. Defaults are left out. */
export type UsersSearch = Pick<ListUsersParams, 'q' | 'role' | 'page'>;

export function validateUsersSearch(search: Record<string, unknown>): UsersSearch {
  return { q: textParam(search.q), role: oneOf(ROLES, search.role), page: pageParam(search.page) };
}
