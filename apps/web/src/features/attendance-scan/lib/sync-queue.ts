import type { AttendanceSyncInput, AttendanceSyncResult } from '@multaqa/contract';
import { queuedRecords, settle, type Answer, type ScannerDb } from './scanner-db';

export const SYNC_BATCH_SIZE = 1000;

export type SendBatch = (body: AttendanceSyncInput) => Promise<AttendanceSyncResult>;

/**
 * Sends this device's queue in batches until it is empty. A record leaves the queue only with
 * its answer: a batch whose answer never arrives (the request throws) stays and is sent again
 * later, and the server repeats its first outcome for a clientId it already has. Returns how
 * many records were answered; throws the error of a batch that failed.
 */
export async function syncQueue(
  db: ScannerDb,
  deviceId: string,
  send: SendBatch,
  batchSize = SYNC_BATCH_SIZE,
): Promise<number> {
  let answered = 0;
  for (;;) {
    const batch = (await queuedRecords(db)).slice(0, batchSize);
    if (batch.length === 0) return answered;
    const { results } = await send({ deviceId, records: batch.map((r) => r.submission) });
    const byClientId = new Map(batch.map((r) => [r.clientId, r]));
    const answers: Answer[] = [];
    for (const result of results) {
      const queued = byClientId.get(result.clientId);
      if (!queued) continue;
      const listed = result.outcome === 'conflict' || result.outcome === 'refused';
      answers.push({
        clientId: result.clientId,
        record: result.record,
        issue: listed
          ? {
              clientId: result.clientId,
              sessionId: queued.submission.sessionId,
              participantId: queued.participantId,
              outcome: result.outcome as 'conflict' | 'refused',
              conflict: result.conflict,
              status: queued.submission.status,
              takenAt: queued.submission.takenAt,
            }
          : null,
      });
    }
    await settle(db, answers);
    answered += answers.length;
    // An answer that left every record unanswered would send the same batch forever.
    if (answers.length === 0) return answered;
  }
}
