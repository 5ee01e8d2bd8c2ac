import type { ScannerKit } from '@multaqa/contract';
import { api, unwrap } from '../../../lib/api-client';

/** GET /api/events/{eventId}/sessions/{sessionId}/scanner-kit: what the scanner keeps to work offline. */
export function getScannerKit(
  eventId: string,
  sessionId: string,
  signal?: AbortSignal,
): Promise<ScannerKit> {
  return unwrap(
    api.GET('/api/events/{eventId}/sessions/{sessionId}/scanner-kit', {
      params: { path: { eventId, sessionId } },
      signal,
    }),
  );
}
