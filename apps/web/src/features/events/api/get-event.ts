import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { eventKeys } from './query-keys';

/** GET /api/events/:id → the event with package, partners, coordinators, coverage and history. */
export function getEvent(id: string) {
  return unwrap(api.GET('/api/events/{id}', { params: { path: { id } } }));
}

export function eventQueryOptions(id: string) {
  return queryOptions({ queryKey: eventKeys.detail(id), queryFn: () => getEvent(id) });
}
