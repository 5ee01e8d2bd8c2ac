import type { ListPackagesParams } from './list-packages';

/** Query keys of the training-packages endpoints, so mutations invalidate the right lists. */
export const packageKeys = {
  all: ['training-packages'] as const,
  lists: () => [...packageKeys.all, 'list'] as const,
  list: (query: ListPackagesParams) => [...packageKeys.lists(), query] as const,
  detail: (id: string) => [...packageKeys.all, 'detail', id] as const,
};
