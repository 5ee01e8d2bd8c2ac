import type { Job } from '@multaqa/contract';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from './api-client';

const FINISHED: Job['status'][] = ['completed', 'failed'];

/** GET /api/jobs/{id}, asked again every second until the job has finished. */
export function useJob(id: string | null) {
  return useQuery({
    queryKey: ['jobs', id],
    queryFn: () => unwrap(api.GET('/api/jobs/{id}', { params: { path: { id: id! } } })),
    enabled: id !== null,
    refetchInterval: (query) =>
      query.state.data && FINISHED.includes(query.state.data.status) ? false : 1000,
  });
}
