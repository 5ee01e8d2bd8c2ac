import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type RequestBody } from '../../../lib/api-client';
import { packageKeys } from './query-keys';

export type CreatePackageBody = RequestBody<'/api/training-packages', 'post'>;

/** POST /api/training-packages → 201, the new draft. */
export function createPackage(body: CreatePackageBody) {
  return unwrap(api.POST('/api/training-packages', { body }));
}

export function useCreatePackage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPackage,
    onSuccess: (pkg) => {
      queryClient.setQueryData(packageKeys.detail(pkg.id), pkg);
      return queryClient.invalidateQueries({ queryKey: packageKeys.lists() });
    },
  });
}
