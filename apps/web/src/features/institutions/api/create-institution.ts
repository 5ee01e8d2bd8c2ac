import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type RequestBody } from '../../../lib/api-client';
import { institutionKeys } from './query-keys';

export type CreateInstitutionBody = RequestBody<'/api/institutions', 'post'>;

/** POST /api/institutions → 201 (409 institution_name_taken; 422 invalid_reference). */
export function createInstitution(body: CreateInstitutionBody) {
  return unwrap(api.POST('/api/institutions', { body }));
}

export function useCreateInstitution() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createInstitution,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: institutionKeys.all }),
  });
}
