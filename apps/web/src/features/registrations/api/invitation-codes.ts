import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type RequestBody } from '../../../lib/api-client';
import { registrationKeys } from './query-keys';

export type CreateInvitationCodeBody = RequestBody<
  '/api/events/{eventId}/invitation-codes',
  'post'
>;

/** GET /api/events/:eventId/invitation-codes → the codes with their uses. */
export function invitationCodesQueryOptions(eventId: string) {
  return queryOptions({
    queryKey: registrationKeys.codes(eventId),
    queryFn: () =>
      unwrap(api.GET('/api/events/{eventId}/invitation-codes', { params: { path: { eventId } } })),
  });
}

/** POST /api/events/:eventId/invitation-codes → 201 the new code. */
export function useCreateInvitationCode(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateInvitationCodeBody) =>
      unwrap(
        api.POST('/api/events/{eventId}/invitation-codes', {
          params: { path: { eventId } },
          body,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: registrationKeys.codes(eventId) }),
  });
}

/** POST /api/events/:eventId/invitation-codes/:codeId/revoke → the code, revoked. */
export function useRevokeInvitationCode(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (codeId: string) =>
      unwrap(
        api.POST('/api/events/{eventId}/invitation-codes/{codeId}/revoke', {
          params: { path: { eventId, codeId } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: registrationKeys.codes(eventId) }),
  });
}
