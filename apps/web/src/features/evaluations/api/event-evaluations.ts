import type {
  Evaluation,
  EvaluationInput,
  EvaluationKind,
  EvaluationResults,
} from '@multaqa/contract';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { evaluationKeys } from './query-keys';

/** GET /api/events/{eventId}/evaluations: at most one of each kind. */
export function eventEvaluationsQueryOptions(eventId: string) {
  return queryOptions({
    queryKey: evaluationKeys.eventList(eventId),
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/api/events/{eventId}/evaluations', { params: { path: { eventId } } }),
        )
      ).items as Evaluation[],
  });
}

/** GET …/evaluations/results: cohort figures, participants, survey answers. */
export function evaluationResultsQueryOptions(eventId: string) {
  return queryOptions({
    queryKey: evaluationKeys.results(eventId),
    queryFn: async () =>
      (await unwrap(
        api.GET('/api/events/{eventId}/evaluations/results', { params: { path: { eventId } } }),
      )) as EvaluationResults,
  });
}

/** Every change to an evaluation can change the counts and the results. */
function useRefresh(eventId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: evaluationKeys.event(eventId) });
}

export function useSaveEvaluation(eventId: string, kind: EvaluationKind) {
  const refresh = useRefresh(eventId);
  return useMutation({
    mutationFn: async (body: EvaluationInput) =>
      (await unwrap(
        api.PUT('/api/events/{eventId}/evaluations/{kind}', {
          params: { path: { eventId, kind } },
          body,
        }),
      )) as Evaluation,
    onSuccess: refresh,
  });
}

export function useDeleteEvaluation(eventId: string, kind: EvaluationKind) {
  const refresh = useRefresh(eventId);
  return useMutation({
    mutationFn: () =>
      unwrap(
        api.DELETE('/api/events/{eventId}/evaluations/{kind}', {
          params: { path: { eventId, kind } },
        }),
      ),
    onSuccess: refresh,
  });
}

/** POST …/{kind}/invitations → how many emails went out. */
export function useSendEvaluationLinks(eventId: string, kind: EvaluationKind) {
  const refresh = useRefresh(eventId);
  return useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/events/{eventId}/evaluations/{kind}/invitations', {
          params: { path: { eventId, kind } },
        }),
      ),
    onSuccess: refresh,
  });
}
