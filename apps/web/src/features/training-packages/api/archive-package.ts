import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { packageKeys } from './query-keys';

/** POST /api/training-packages/:id/archive → the package with its new status. */
export function archivePackage(id: string) {
  return unwrap(api.POST('/api/training-packages/{id}/archive', { params: { path: { id } } }));
}

export function useArchivePackage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: archivePackage,
    onSuccess: (pkg) => {
      queryClient.setQueryData(packageKeys.detail(pkg.id), pkg);
      return queryClient.invalidateQueries({ queryKey: packageKeys.lists() });
    },
  });
}
