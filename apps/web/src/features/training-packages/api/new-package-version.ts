import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { packageKeys } from './query-keys';

/** POST /api/training-packages/:id/new-version → 201, a draft copy with version + 1 (409 draft_exists). */
export function newPackageVersion(id: string) {
  return unwrap(api.POST('/api/training-packages/{id}/new-version', { params: { path: { id } } }));
}

export function useNewPackageVersion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: newPackageVersion,
    onSuccess: (pkg) => {
      queryClient.setQueryData(packageKeys.detail(pkg.id), pkg);
      return queryClient.invalidateQueries({ queryKey: packageKeys.lists() });
    },
  });
}
