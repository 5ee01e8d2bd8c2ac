import type { ListEventsParams } from './list-events';

/** Query keys of the events and sessions endpoints, so mutations refresh the right data. */
export const eventKeys = {
  all: ['events'] as const,
  lists: () => [...eventKeys.all, 'list'] as const,
  list: (query: ListEventsParams) => [...eventKeys.lists(), query] as const,
  detail: (id: string) => [...eventKeys.all, 'detail', id] as const,
  sessions: (id: string) => [...eventKeys.all, 'sessions', id] as const,
};
