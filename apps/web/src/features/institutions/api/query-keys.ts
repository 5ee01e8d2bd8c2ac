import type { ListInstitutionsParams } from './list-institutions';

/** Query keys of the institutions endpoints (pickers share the `institutions` root). */
export const institutionKeys = {
  all: ['institutions'] as const,
  lists: () => [...institutionKeys.all, 'list'] as const,
  list: (query: ListInstitutionsParams) => [...institutionKeys.lists(), query] as const,
};
