import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type QueryParams } from '../../../lib/api-client';

export type ListEmailsParams = QueryParams<'/api/outbox', 'get'>;
export const OUTBOX_PAGE_SIZE = 25;

const outboxKeys = {
  all: ['outbox'] as const,
  list: (query: ListEmailsParams) => [...outboxKeys.all, 'list', query] as const,
  detail: (id: string) => [...outboxKeys.all, 'detail', id] as const,
};

/** GET /api/outbox?status&q&page&pageSize → the emails the system sent or will send. */
export function listEmailsQueryOptions(query: ListEmailsParams) {
  return queryOptions({
    queryKey: outboxKeys.list(query),
    queryFn: () => unwrap(api.GET('/api/outbox', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

/** GET /api/outbox/:id. */
export function emailQueryOptions(id: string) {
  return queryOptions({
    queryKey: outboxKeys.detail(id),
    queryFn: () => unwrap(api.GET('/api/outbox/{id}', { params: { path: { id } } })),
  });
}

/** POST /api/outbox/:id/retry → the message, queued again. */
export function useRetryEmail() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.POST('/api/outbox/{id}/retry', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: outboxKeys.all }),
  });
}
