import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { registrationKeys } from './query-keys';

/** GET /api/events/:eventId/set-aside-submissions: public forms the worker could not decide. */
export function useSetAsideSubmissions(eventId: string) {
  return useQuery({
    queryKey: registrationKeys.setAside(eventId),
    queryFn: () =>
      unwrap(
        api.GET('/api/events/{eventId}/set-aside-submissions', {
          params: { path: { eventId } },
        }),
      ),
  });
}

/** POST …/set-aside-submissions/:submissionId/retry or /dismiss. */
export function useSettleSetAside(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ submissionId, action }: { submissionId: string; action: 'retry' | 'dismiss' }) =>
      unwrap(
        action === 'retry'
          ? api.POST('/api/events/{eventId}/set-aside-submissions/{submissionId}/retry', {
              params: { path: { eventId, submissionId } },
            })
          : api.POST('/api/events/{eventId}/set-aside-submissions/{submissionId}/dismiss', {
              params: { path: { eventId, submissionId } },
            }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: registrationKeys.event(eventId) }),
  });
}
