import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { packageKeys } from './query-keys';

/** DELETE /api/training-packages/:id → 204 (drafts only; 409 otherwise). */
export function deletePackage(id: string): Promise<void> {
  return unwrap(api.DELETE('/api/training-packages/{id}', { params: { path: { id } } })).then(
    () => undefined,
  );
}

export function useDeletePackage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deletePackage,
    onSuccess: (_data, id) => {
      queryClient.removeQueries({ queryKey: packageKeys.detail(id) });
      return queryClient.invalidateQueries({ queryKey: packageKeys.lists() });
    },
  });
}
