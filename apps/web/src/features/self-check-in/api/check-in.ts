import type { SelfCheckInInput } from '@multaqa/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { myScheduleQueryOptions } from '../../../lib/my-schedule';

/** POST /api/me/check-ins → the person's attendance record for the session of the code. */
export function useSelfCheckIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SelfCheckInInput) => unwrap(api.POST('/api/me/check-ins', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: myScheduleQueryOptions.queryKey }),
  });
}
