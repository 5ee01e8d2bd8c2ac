import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type RequestBody } from '../../../lib/api-client';
import { userKeys } from './query-keys';

export type CreateUserBody = RequestBody<'/api/users', 'post'>;

/** POST /api/users → 201 User (409 email_taken). */
export function createUser(body: CreateUserBody) {
  return unwrap(api.POST('/api/users', { body }));
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.lists() }),
  });
}
