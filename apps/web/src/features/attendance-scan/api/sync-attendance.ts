import type { AttendanceSyncInput, AttendanceSyncResult } from '@multaqa/contract';
import { api, unwrap } from '../../../lib/api-client';

/** POST /api/attendance/sync: a batch of this device's queue; the server stores each clientId once. */
export function syncAttendance(
  body: AttendanceSyncInput,
  signal?: AbortSignal,
): Promise<AttendanceSyncResult> {
  return unwrap(api.POST('/api/attendance/sync', { body, signal }));
}
