import type { ListUsersParams } from './list-users';

export const userKeys = {
  all: ['users'] as const,
  lists: () => [...userKeys.all, 'list'] as const,
  list: (query: ListUsersParams) => [...userKeys.lists(), query] as const,
};
