import 'fake-indexeddb/auto';
import type {
  AttendanceRecord,
  AttendanceSyncInput,
  AttendanceSyncResult,
} from '@multaqa/contract';
import { describe, expect, it } from 'vitest';
import {
  enqueue,
  loadKit,
  openScannerDb,
  queuedRecords,
  saveKit,
  sessionIssues,
  type QueuedRecord,
} from './scanner-db';
import { syncQueue } from './sync-queue';
import { makeKit, rosterEntry, SESSION_ID } from './test-kit';

let dbCount = 0;
const freshDb = () => openScannerDb(`scanner-test-${++dbCount}`);

function queued(participantId: string, minute: number): QueuedRecord {
  const clientId = crypto.randomUUID();
  return {
    clientId,
    participantId,
    submission: {
      clientId,
      sessionId: SESSION_ID,
      participantId,
      status: 'present',
      method: 'search',
      takenAt: new Date(Date.UTC(2026, 11, 1, 6, minute)).toISOString(),
    },
  };
}

/** A server that keeps each clientId once and repeats its first outcome, as the API does. */
function fakeServer(
  outcomeOf: (
    r: AttendanceSyncInput['records'][number],
  ) => 'stored' | 'conflict' | 'refused' = () => 'stored',
) {
  const stored = new Map<string, AttendanceSyncResult['results'][number]>();
  const batches: number[] = [];
  const send = async (body: AttendanceSyncInput): Promise<AttendanceSyncResult> => {
    batches.push(body.records.length);
    return {
      results: body.records.map((r) => {
        const first = stored.get(r.clientId);
        if (first) return { ...first, outcome: 'duplicate' as const };
        const outcome = outcomeOf(r);
        const record: AttendanceRecord | null =
          outcome === 'refused'
            ? null
            : {
                sessionId: r.sessionId,
                participantId: r.participantId!,
                status: r.status,
                method: r.method,
                takenAt: r.takenAt,
                takenBy: null,
              };
        const result = {
          clientId: r.clientId,
          outcome,
          conflict: outcome === 'stored' ? null : ('two_devices' as const),
          record,
        };
        stored.set(r.clientId, result);
        return result;
      }),
    };
  };
  return { send, stored, batches };
}

describe('syncQueue', () => {
  it('sends the queue in batches of at most 1000 until it is empty', async () => {
    const db = await freshDb();
    for (let i = 0; i < 2500; i += 1) await enqueue(db, queued(crypto.randomUUID(), i % 60));
    const server = fakeServer();
    expect(await syncQueue(db, crypto.randomUUID(), server.send)).toBe(2500);
    expect(server.batches).toEqual([1000, 1000, 500]);
    expect(server.stored.size).toBe(2500);
    expect(await queuedRecords(db)).toEqual([]);
  });

  it('keeps a batch whose answer was lost and sends it again; the server stores it once', async () => {
    const db = await freshDb();
    const records = [queued('p1', 1), queued('p2', 2), queued('p3', 3)];
    for (const r of records) await enqueue(db, r);
    const server = fakeServer();
    const dropAnswer = async (body: AttendanceSyncInput) => {
      await server.send(body);
      throw new TypeError('Failed to fetch');
    };
    await expect(syncQueue(db, 'd', dropAnswer)).rejects.toThrow('Failed to fetch');
    expect(await queuedRecords(db)).toHaveLength(3);
    expect(await syncQueue(db, 'd', server.send)).toBe(3);
    expect(server.stored.size).toBe(3);
    expect(await queuedRecords(db)).toEqual([]);
  });

  it('keeps the records a partial answer left out', async () => {
    const db = await freshDb();
    const [first, second] = [queued('p1', 1), queued('p2', 2)];
    await enqueue(db, first);
    await enqueue(db, second);
    const server = fakeServer();
    const partial = async (body: AttendanceSyncInput) => {
      const answer = await server.send(body);
      return { results: answer.results.filter((r) => r.clientId === first.clientId) };
    };
    await syncQueue(db, 'd', partial);
    expect((await queuedRecords(db)).map((r) => r.clientId)).toEqual([second.clientId]);
  });

  it('lists conflicts and refusals, and writes what the server holds into the local roster', async () => {
    const db = await freshDb();
    const [amina, omar, sara] = [
      rosterEntry('Amina Yusuf', 'أمينة يوسف'),
      rosterEntry('Omar Farah', 'عمر فارح'),
      rosterEntry('Sara Ali', 'سارة علي'),
    ];
    await saveKit(db, makeKit([], [amina, omar, sara]));
    const records = [
      queued(amina.participantId, 1),
      queued(omar.participantId, 2),
      queued(sara.participantId, 3),
    ];
    for (const r of records) await enqueue(db, r);
    const outcomes = { [amina.participantId]: 'stored', [omar.participantId]: 'conflict' } as const;
    const server = fakeServer(
      (r) => outcomes[r.participantId as keyof typeof outcomes] ?? 'refused',
    );
    await syncQueue(db, 'd', server.send);

    const issues = await sessionIssues(db, SESSION_ID);
    expect(issues.map((i) => [i.participantId, i.outcome, i.conflict]).sort()).toEqual(
      [
        [omar.participantId, 'conflict', 'two_devices'],
        [sara.participantId, 'refused', 'two_devices'],
      ].sort(),
    );
    const entries = (await loadKit(db, SESSION_ID))!.roster.entries;
    expect(entries.map((e) => e.attendance?.status ?? null)).toEqual(['present', 'present', null]);
  });
});
