import type {
  AttendanceCounts,
  AttendanceStatus,
  RosterEntry,
  ScannerKit,
} from '@multaqa/contract';
import type { QueuedRecord } from './scanner-db';

/** The kit as this device sees it: its own queued records already on the roster. */
export function withQueued(kit: ScannerKit, queued: readonly QueuedRecord[]): ScannerKit {
  const sessionId = kit.roster.session.id;
  const latest = new Map<string, QueuedRecord>();
  for (const record of queued)
    if (record.submission.sessionId === sessionId) latest.set(record.participantId, record);
  const entries = kit.roster.entries.map((entry): RosterEntry => {
    const record = latest.get(entry.participantId);
    if (!record) return entry;
    const { status, method, takenAt } = record.submission;
    return {
      ...entry,
      attendance: {
        sessionId,
        participantId: entry.participantId,
        status,
        method,
        takenAt,
        takenBy: null,
      },
    };
  });
  return { ...kit, roster: { ...kit.roster, entries, counts: countEntries(entries) } };
}

export function countEntries(entries: readonly RosterEntry[]): AttendanceCounts {
  const counts = {
    expected: entries.length,
    present: 0,
    late: 0,
    excused: 0,
    absent: 0,
    unmarked: 0,
  };
  for (const entry of entries) {
    if (entry.attendance) counts[entry.attendance.status] += 1;
    else counts.unmarked += 1;
  }
  return counts;
}

/** Late from `lateAfterMinutes` past the session's start; present before. */
export function statusAt(kit: ScannerKit, at: Date): AttendanceStatus {
  const lateFrom = Date.parse(kit.roster.session.startsAt) + kit.lateAfterMinutes * 60_000;
  return at.getTime() >= lateFrom ? 'late' : 'present';
}

/** Already checked in: present or late. An earlier "absent" or "excused" is overridden by showing up. */
export function checkedIn(entry: RosterEntry): boolean {
  return entry.attendance?.status === 'present' || entry.attendance?.status === 'late';
}
