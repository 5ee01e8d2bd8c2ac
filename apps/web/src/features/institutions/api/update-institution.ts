import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type RequestBody } from '../../../lib/api-client';
import { institutionKeys } from './query-keys';

export type UpdateInstitutionBody = RequestBody<'/api/institutions/{id}', 'patch'>;

/** PATCH /api/institutions/:id (409 institution_name_taken; 422 parent_cycle). */
export function updateInstitution(id: string, body: UpdateInstitutionBody) {
  return unwrap(api.PATCH('/api/institutions/{id}', { params: { path: { id } }, body }));
}

export function useUpdateInstitution() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateInstitutionBody }) =>
      updateInstitution(id, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: institutionKeys.all }),
  });
}
