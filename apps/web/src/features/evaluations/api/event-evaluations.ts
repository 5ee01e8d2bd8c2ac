import type {
  Evaluation,
  EvaluationInput,
  EvaluationKind,
  EvaluationResults,
} from '@multaqa/contract';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { evaluationKeys } from './query-keys';
import { request, seg } from './request';

const eventPath = (eventId: string) => `/api/events/${seg(eventId)}/evaluations`;

/** GET /api/events/{eventId}/evaluations: at most one of each kind. */
export function eventEvaluationsQueryOptions(eventId: string) {
  return queryOptions({
    queryKey: evaluationKeys.eventList(eventId),
    queryFn: async () => (await request<{ items: Evaluation[] }>('GET', eventPath(eventId))).items,
  });
}

/** GET …/evaluations/results: cohort figures, participants, survey answers. */
export function evaluationResultsQueryOptions(eventId: string) {
  return queryOptions({
    queryKey: evaluationKeys.results(eventId),
    queryFn: () => request<EvaluationResults>('GET', `${eventPath(eventId)}/results`),
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
    mutationFn: (body: EvaluationInput) =>
      request<Evaluation>('PUT', `${eventPath(eventId)}/${kind}`, body),
    onSuccess: refresh,
  });
}

export function useDeleteEvaluation(eventId: string, kind: EvaluationKind) {
  const refresh = useRefresh(eventId);
  return useMutation({
    mutationFn: () => request<void>('DELETE', `${eventPath(eventId)}/${kind}`),
    onSuccess: refresh,
  });
}

/** POST …/{kind}/invitations → how many emails went out. */
export function useSendEvaluationLinks(eventId: string, kind: EvaluationKind) {
  const refresh = useRefresh(eventId);
  return useMutation({
    mutationFn: () =>
      request<{ sent: number }>('POST', `${eventPath(eventId)}/${kind}/invitations`, {}),
    onSuccess: refresh,
  });
}
