import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type RequestBody } from '../../../lib/api-client';
import { meQueryKey } from '../../../lib/session';
import { userKeys } from './query-keys';

export type UpdateUserBody = RequestBody<'/api/users/{id}', 'patch'>;

/** PATCH /api/users/:id → User. */
export function updateUser(id: string, body: UpdateUserBody) {
  return unwrap(api.PATCH('/api/users/{id}', { params: { path: { id } }, body }));
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateUserBody }) => updateUser(id, body),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: userKeys.lists() });
      // An admin may have changed their own roles or name.
      await queryClient.invalidateQueries({ queryKey: meQueryKey });
    },
  });
}
