import type {
  AttendanceRecord,
  AttendanceStatus,
  AttendanceSyncInput,
  ConflictKind,
  ScannerKit,
} from '@multaqa/contract';
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { randomUuid } from '../../../lib/uuid';

export type Submission = AttendanceSyncInput['records'][number];

/** A record made on this device and not yet answered by the server. */
export interface QueuedRecord {
  clientId: string;
  submission: Submission;
  /** Who it is about, so the local roster shows it at once (a scan sends only the token). */
  participantId: string;
}

/** A conflict or refusal the server answered: shown, never dropped. */
export interface SyncIssue {
  clientId: string;
  sessionId: string;
  participantId: string;
  outcome: 'conflict' | 'refused';
  conflict: ConflictKind | null;
  status: AttendanceStatus;
  takenAt: string;
}

export interface StoredKit {
  sessionId: string;
  kit: ScannerKit;
}

interface ScannerSchema extends DBSchema {
  kits: { key: string; value: StoredKit };
  queue: { key: string; value: QueuedRecord; indexes: { bySession: string } };
  issues: { key: string; value: SyncIssue; indexes: { bySession: string } };
  device: { key: string; value: string };
}

export type ScannerDb = IDBPDatabase<ScannerSchema>;

export function openScannerDb(name = 'multaqa-scanner'): Promise<ScannerDb> {
  return openDB<ScannerSchema>(name, 1, {
    upgrade(db) {
      db.createObjectStore('kits', { keyPath: 'sessionId' });
      db.createObjectStore('queue', { keyPath: 'clientId' }).createIndex(
        'bySession',
        'submission.sessionId',
      );
      db.createObjectStore('issues', { keyPath: 'clientId' }).createIndex('bySession', 'sessionId');
      db.createObjectStore('device');
    },
  });
}

/** This device's id, made once and kept: the server tells two scanners apart by it. */
export async function deviceId(db: ScannerDb): Promise<string> {
  const tx = db.transaction('device', 'readwrite');
  const known = await tx.store.get('id');
  if (known) return known;
  const id = randomUuid();
  await tx.store.put(id, 'id');
  await tx.done;
  return id;
}

export function saveKit(db: ScannerDb, kit: ScannerKit): Promise<string> {
  return db.put('kits', { sessionId: kit.roster.session.id, kit });
}

export async function loadKit(db: ScannerDb, sessionId: string): Promise<ScannerKit | null> {
  return (await db.get('kits', sessionId))?.kit ?? null;
}

export function enqueue(db: ScannerDb, record: QueuedRecord): Promise<string> {
  return db.add('queue', record);
}

/** Every record this device still has to send, oldest first (any session). */
export async function queuedRecords(db: ScannerDb, sessionId?: string): Promise<QueuedRecord[]> {
  const records = sessionId
    ? await db.getAllFromIndex('queue', 'bySession', sessionId)
    : await db.getAll('queue');
  return records.sort((a, b) => a.submission.takenAt.localeCompare(b.submission.takenAt));
}

export function sessionIssues(db: ScannerDb, sessionId: string): Promise<SyncIssue[]> {
  return db.getAllFromIndex('issues', 'bySession', sessionId);
}

export interface Answer {
  clientId: string;
  issue: SyncIssue | null;
  /** The record as the server now holds it, kept in the local roster until the next kit. */
  record: AttendanceRecord | null;
}

/** One transaction per batch: an answered record leaves the queue with its issue and roster line written. */
export async function settle(db: ScannerDb, answers: Answer[]): Promise<void> {
  const tx = db.transaction(['queue', 'issues', 'kits'], 'readwrite');
  const kits = new Map<string, StoredKit | undefined>();
  for (const answer of answers) {
    await tx.objectStore('queue').delete(answer.clientId);
    if (answer.issue) await tx.objectStore('issues').put(answer.issue);
    const record = answer.record;
    if (!record) continue;
    if (!kits.has(record.sessionId))
      kits.set(record.sessionId, await tx.objectStore('kits').get(record.sessionId));
    const entry = kits
      .get(record.sessionId)
      ?.kit.roster.entries.find((e) => e.participantId === record.participantId);
    if (entry) entry.attendance = record;
  }
  for (const stored of kits.values()) if (stored) await tx.objectStore('kits').put(stored);
  await tx.done;
}
