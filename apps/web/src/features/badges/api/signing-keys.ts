import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { badgeKeys } from './query-keys';

/** GET /api/public/signing-keys → every key that ever signed, the current one first. */
export const signingKeysQueryOptions = queryOptions({
  queryKey: badgeKeys.signingKeys,
  queryFn: () => unwrap(api.GET('/api/public/signing-keys')),
});

/** POST /api/signing-keys/rotate → the key set with a new current key. */
export function useRotateSigningKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/signing-keys/rotate')),
    onSuccess: (keys) => queryClient.setQueryData(badgeKeys.signingKeys, keys),
  });
}
