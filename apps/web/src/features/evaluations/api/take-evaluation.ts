import type { EvaluationForm, EvaluationResponseInput, MyEvaluation } from '@multaqa/contract';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { evaluationKeys } from './query-keys';
import { request, seg } from './request';

/** GET /api/me/evaluations: the evaluations of the caller's approved registrations. */
export const myEvaluationsQueryOptions = queryOptions({
  queryKey: evaluationKeys.mine,
  queryFn: async () =>
    (await request<{ items: MyEvaluation[] }>('GET', '/api/me/evaluations')).items,
});

/** Where a form comes from: the portal (signed in) or an emailed link (a token). */
export type EvaluationSource = { evaluationId: string } | { token: string };

function formPath(source: EvaluationSource): string {
  return 'token' in source
    ? `/api/public/evaluations/${seg(source.token)}`
    : `/api/me/evaluations/${seg(source.evaluationId)}`;
}

function formKey(source: EvaluationSource) {
  return 'token' in source
    ? evaluationKeys.publicForm(source.token)
    : evaluationKeys.myForm(source.evaluationId);
}

export function evaluationFormQueryOptions(source: EvaluationSource) {
  return queryOptions({
    queryKey: formKey(source),
    queryFn: () => request<EvaluationForm>('GET', formPath(source)),
    // A link opened twice must not lose what was typed to a background refetch.
    refetchOnWindowFocus: false,
  });
}

export function useSubmitEvaluation(source: EvaluationSource) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EvaluationResponseInput) =>
      request<unknown>('POST', `${formPath(source)}/responses`, body),
    // The form read again carries the result (score and pass for a test).
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: formKey(source) }),
        queryClient.invalidateQueries({ queryKey: evaluationKeys.mine }),
      ]),
  });
}
