import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type RequestBody } from '../../../lib/api-client';
import { packageKeys } from './query-keys';

export type UpdatePackageBody = RequestBody<'/api/training-packages/{id}', 'patch'>;

/** PATCH /api/training-packages/:id (drafts only; `modules` replaces the list in order). */
export function updatePackage(id: string, body: UpdatePackageBody) {
  return unwrap(api.PATCH('/api/training-packages/{id}', { params: { path: { id } }, body }));
}

export function useUpdatePackage(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdatePackageBody) => updatePackage(id, body),
    onSuccess: (pkg) => {
      queryClient.setQueryData(packageKeys.detail(pkg.id), pkg);
      return queryClient.invalidateQueries({ queryKey: packageKeys.lists() });
    },
  });
}
