import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { packageKeys } from './query-keys';

/** GET /api/training-packages/:id → the package with its modules in order (404 not_found). */
export function getPackage(id: string) {
  return unwrap(api.GET('/api/training-packages/{id}', { params: { path: { id } } }));
}

export function packageQueryOptions(id: string) {
  return queryOptions({ queryKey: packageKeys.detail(id), queryFn: () => getPackage(id) });
}
