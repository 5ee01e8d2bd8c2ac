import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type QueryParams, type RequestBody } from '../../../lib/api-client';

export type ListParticipantsParams = QueryParams<'/api/participants', 'get'>;
export type CreateParticipantBody = RequestBody<'/api/participants', 'post'>;
export type UpdateParticipantBody = RequestBody<'/api/participants/{id}', 'patch'>;

export const PARTICIPANTS_PAGE_SIZE = 20;

export const participantKeys = {
  all: ['participants'] as const,
  list: (query: ListParticipantsParams) => [...participantKeys.all, 'list', query] as const,
  detail: (id: string) => [...participantKeys.all, 'detail', id] as const,
  duplicates: (id: string) => [...participantKeys.all, 'duplicates', id] as const,
};

/** GET /api/participants → a page (a coordinator sees the people of their events and their own). */
export function listParticipantsQueryOptions(query: ListParticipantsParams) {
  return queryOptions({
    queryKey: participantKeys.list(query),
    queryFn: () => unwrap(api.GET('/api/participants', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

/** GET /api/participants/:id. */
export function participantQueryOptions(id: string) {
  return queryOptions({
    queryKey: participantKeys.detail(id),
    queryFn: () => unwrap(api.GET('/api/participants/{id}', { params: { path: { id } } })),
  });
}

/** GET /api/participants/:id/duplicates → the people this one probably also is, with reasons. */
export function participantDuplicatesQueryOptions(id: string) {
  return queryOptions({
    queryKey: participantKeys.duplicates(id),
    queryFn: () =>
      unwrap(api.GET('/api/participants/{id}/duplicates', { params: { path: { id } } })),
  });
}

/** POST /api/participants (409 participant_duplicates unless allowDuplicate; 409 participant_email_taken). */
export function useCreateParticipant() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateParticipantBody) => unwrap(api.POST('/api/participants', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: participantKeys.all }),
  });
}

/** PATCH /api/participants/:id. */
export function useUpdateParticipant() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateParticipantBody }) =>
      unwrap(api.PATCH('/api/participants/{id}', { params: { path: { id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: participantKeys.all }),
  });
}

/** POST /api/participants/:id/merge {duplicateIds}: keeps :id, moves the registrations. */
export function useMergeParticipants(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (duplicateIds: string[]) =>
      unwrap(
        api.POST('/api/participants/{id}/merge', {
          params: { path: { id } },
          body: { duplicateIds },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: participantKeys.all }),
  });
}
