import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { attendanceKeys } from './query-keys';

/** GET /api/me/attendance-sessions → the sessions the signed-in person may take attendance at. */
export function listMySessions() {
  return unwrap(api.GET('/api/me/attendance-sessions'));
}

export const mySessionsQueryOptions = queryOptions({
  queryKey: attendanceKeys.mySessions(),
  queryFn: listMySessions,
});
