import type { AttendanceStatus, Roster } from '@multaqa/contract';

export interface Marker {
  id: string;
  fullName: string;
}

/**
 * The roster as it will be once the server has these marks, shown at the tap rather than a
 * round trip later. A search answer (`q`) lists only some people: its counts stay the server's
 * whole-session figures, moved by what changed.
 */
export function applyMarks(
  roster: Roster,
  marks: readonly { participantId: string; status: AttendanceStatus }[],
  by: Marker | null,
  now: Date = new Date(),
): Roster {
  const byId = new Map(marks.map((mark) => [mark.participantId, mark.status]));
  const counts = { ...roster.counts };
  const entries = roster.entries.map((entry) => {
    const status = byId.get(entry.participantId);
    if (!status || entry.attendance?.status === status) return entry;
    if (entry.attendance) counts[entry.attendance.status] -= 1;
    else counts.unmarked -= 1;
    counts[status] += 1;
    return {
      ...entry,
      attendance: {
        sessionId: roster.session.id,
        participantId: entry.participantId,
        status,
        method: 'roster' as const,
        takenAt: now.toISOString(),
        takenBy: by,
      },
    };
  });
  return { ...roster, entries, counts };
}

/** Everyone expected who has no record yet: what "mark all present" will mark. */
export function unmarkedIds(roster: Roster): string[] {
  return roster.entries.filter((entry) => !entry.attendance).map((entry) => entry.participantId);
}
