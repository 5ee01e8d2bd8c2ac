import type { UpdatePackageInput } from '@multaqa/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { packageKeys } from './query-keys';

/** PATCH /api/training-packages/:id (drafts only; `modules` replaces the list in order). */
export function updatePackage(id: string, body: UpdatePackageInput) {
  return unwrap(api.PATCH('/api/training-packages/{id}', { params: { path: { id } }, body }));
}

export function useUpdatePackage(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdatePackageInput) => updatePackage(id, body),
    onSuccess: (pkg) => {
      queryClient.setQueryData(packageKeys.detail(pkg.id), pkg);
      return queryClient.invalidateQueries({ queryKey: packageKeys.lists() });
    },
  });
}
