import type { EvaluationForm, EvaluationResponseInput, MyEvaluation } from '@multaqa/contract';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { evaluationKeys } from './query-keys';

/** GET /api/me/evaluations: the evaluations of the caller's approved registrations. */
export const myEvaluationsQueryOptions = queryOptions({
  queryKey: evaluationKeys.mine,
  queryFn: async () => (await unwrap(api.GET('/api/me/evaluations'))).items as MyEvaluation[],
});

/** Where a form comes from: the portal (signed in) or an emailed link (a token). */
export type EvaluationSource = { evaluationId: string } | { token: string };

function formKey(source: EvaluationSource) {
  return 'token' in source
    ? evaluationKeys.publicForm(source.token)
    : evaluationKeys.myForm(source.evaluationId);
}

function getForm(source: EvaluationSource) {
  return 'token' in source
    ? unwrap(
        api.GET('/api/public/evaluations/{token}', { params: { path: { token: source.token } } }),
      )
    : unwrap(
        api.GET('/api/me/evaluations/{evaluationId}', {
          params: { path: { evaluationId: source.evaluationId } },
        }),
      );
}

function postResponse(source: EvaluationSource, body: EvaluationResponseInput) {
  return 'token' in source
    ? unwrap(
        api.POST('/api/public/evaluations/{token}/responses', {
          params: { path: { token: source.token } },
          body,
        }),
      )
    : unwrap(
        api.POST('/api/me/evaluations/{evaluationId}/responses', {
          params: { path: { evaluationId: source.evaluationId } },
          body,
        }),
      );
}

export function evaluationFormQueryOptions(source: EvaluationSource) {
  return queryOptions({
    queryKey: formKey(source),
    queryFn: async () => (await getForm(source)) as EvaluationForm,
    // A refetch on returning to the tab must not wipe the answers being typed.
    refetchOnWindowFocus: false,
  });
}

export function useSubmitEvaluation(source: EvaluationSource) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EvaluationResponseInput) => postResponse(source, body),
    // The answer carries the score; the form shows it in place, and the list is read again.
    onSuccess: (result) => {
      queryClient.setQueryData(formKey(source), (form: EvaluationForm | undefined) =>
        form ? { ...form, result } : form,
      );
      return queryClient.invalidateQueries({ queryKey: evaluationKeys.mine });
    },
  });
}
