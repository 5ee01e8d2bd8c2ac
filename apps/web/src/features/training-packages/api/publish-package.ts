import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { packageKeys } from './query-keys';

/** POST /api/training-packages/:id/publish → published (422 package_has_no_modules; 409 unless draft). */
export function publishPackage(id: string) {
  return unwrap(api.POST('/api/training-packages/{id}/publish', { params: { path: { id } } }));
}

export function usePublishPackage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: publishPackage,
    onSuccess: (pkg) => {
      queryClient.setQueryData(packageKeys.detail(pkg.id), pkg);
      return queryClient.invalidateQueries({ queryKey: packageKeys.lists() });
    },
  });
}
