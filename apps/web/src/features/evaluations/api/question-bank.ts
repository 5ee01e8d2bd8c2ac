import type { QuestionBank, QuestionBankInput } from '@multaqa/contract';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { evaluationKeys } from './query-keys';
import { request, seg } from './request';

const bankPath = (packageId: string) => `/api/training-packages/${seg(packageId)}/questions`;

/** GET /api/training-packages/{packageId}/questions: the version's bank, in order. */
export function questionBankQueryOptions(packageId: string) {
  return queryOptions({
    queryKey: evaluationKeys.bank(packageId),
    queryFn: () => request<QuestionBank>('GET', bankPath(packageId)),
  });
}

/** PUT replaces the whole bank (409 package_not_draft once published). */
export function useSaveQuestionBank(packageId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: QuestionBankInput) =>
      request<QuestionBank>('PUT', bankPath(packageId), body),
    onSuccess: (saved) => queryClient.setQueryData(evaluationKeys.bank(packageId), saved),
  });
}
