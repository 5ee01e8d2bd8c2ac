import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { attendanceKeys } from './query-keys';

/** GET /api/events/:eventId/door-staff → who may scan badges at this event. */
export function doorStaffQueryOptions(eventId: string) {
  return queryOptions({
    queryKey: attendanceKeys.doorStaff(eventId),
    queryFn: () =>
      unwrap(api.GET('/api/events/{eventId}/door-staff', { params: { path: { eventId } } })),
  });
}

/** GET /api/users/staff?role=door_staff → everyone who may be given an event's door. */
export const doorStaffCandidatesQueryOptions = queryOptions({
  queryKey: ['users', 'staff', 'door_staff'],
  queryFn: () => unwrap(api.GET('/api/users/staff', { params: { query: { role: 'door_staff' } } })),
  staleTime: 60_000,
});

/** PUT /api/events/:eventId/door-staff: the whole list at once. */
export function useSetDoorStaff(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userIds: string[]) =>
      unwrap(
        api.PUT('/api/events/{eventId}/door-staff', {
          params: { path: { eventId } },
          body: { userIds },
        }),
      ),
    onSuccess: (data) => queryClient.setQueryData(attendanceKeys.doorStaff(eventId), data),
  });
}
