import type { QuestionBank, QuestionBankInput } from '@multaqa/contract';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { evaluationKeys } from './query-keys';

/** GET /api/training-packages/{packageId}/questions: the version's bank, in order. */
export function questionBankQueryOptions(packageId: string) {
  return queryOptions({
    queryKey: evaluationKeys.bank(packageId),
    queryFn: async () =>
      (await unwrap(
        api.GET('/api/training-packages/{packageId}/questions', {
          params: { path: { packageId } },
        }),
      )) as QuestionBank,
  });
}

/** PUT replaces the whole bank (409 package_not_draft once published). */
export function useSaveQuestionBank(packageId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: QuestionBankInput) =>
      (await unwrap(
        api.PUT('/api/training-packages/{packageId}/questions', {
          params: { path: { packageId } },
          body: body as QuestionBank,
        }),
      )) as QuestionBank,
    onSuccess: (saved) => queryClient.setQueryData(evaluationKeys.bank(packageId), saved),
  });
}
