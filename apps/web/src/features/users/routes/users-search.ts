import { ROLES } from '@multaqa/contract';
import type { ListUsersParams } from '../api/list-users';

/** `/users?q=…&role=…&page=…`. Defaults are left out. */
export type UsersSearch = Pick<ListUsersParams, 'q' | 'role' | 'page'>;

export function validateUsersSearch(search: Record<string, unknown>): UsersSearch {
  const page = Number(search.page);
  const q = typeof search.q === 'string' ? search.q.trim().slice(0, 200) : '';
  const role =
    typeof search.role === 'string' && (ROLES as readonly string[]).includes(search.role)
      ? (search.role as UsersSearch['role'])
      : undefined;
  return { q: q || undefined, role, page: Number.isInteger(page) && page > 1 ? page : undefined };
}
