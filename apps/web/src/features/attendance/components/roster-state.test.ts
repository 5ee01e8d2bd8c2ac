import type { Roster, RosterEntry } from '@multaqa/contract';
import { describe, expect, it } from 'vitest';
import { applyMarks, unmarkedIds } from './roster-state';

const SESSION = '00000000-0000-4000-8000-000000000001';
const person = (n: number): string => `00000000-0000-4000-8000-00000000010${n}`;

function entry(
  n: number,
  status: RosterEntry['attendance'] extends infer A ? A : never,
): RosterEntry {
  return {
    participantId: person(n),
    registrationId: person(n).replace('-8000-', '-9000-'),
    fullNameAr: `مشارك ${n}`,
    fullNameLatin: `Participant ${n}`,
    institution: null,
    nationality: 'SO',
    attendance: status,
  };
}

const record = (n: number, status: 'present' | 'late') => ({
  sessionId: SESSION,
  participantId: person(n),
  status,
  method: 'scan' as const,
  takenAt: '2020-01-12T06:03:00.000Z',
  takenBy: null,
});

const roster: Roster = {
  session: {
    id: SESSION,
    eventId: '00000000-0000-4000-8000-000000000002',
    title: { en: 'Module 1' },
    startsAt: '2020-01-12T06:00:00.000Z',
    endsAt: '2020-01-12T09:00:00.000Z',
    timeZone: 'Africa/Mogadishu',
  },
  entries: [entry(1, null), entry(2, record(2, 'late')), entry(3, null)],
  counts: { expected: 3, present: 0, late: 1, excused: 0, absent: 0, unmarked: 2 },
};
const me = { id: '00000000-0000-4000-8000-000000000009', fullName: 'Salma' };

describe('a tap on the roster, before the server answers', () => {
  it('marks the person and moves the counts from unmarked', () => {
    const next = applyMarks(roster, [{ participantId: person(1), status: 'present' }], me);
    expect(next.entries[0].attendance).toMatchObject({
      status: 'present',
      method: 'roster',
      takenBy: me,
    });
    expect(next.counts).toEqual({
      expected: 3,
      present: 1,
      late: 1,
      excused: 0,
      absent: 0,
      unmarked: 1,
    });
  });

  it('moves a changed status from one count to the other', () => {
    const next = applyMarks(roster, [{ participantId: person(2), status: 'excused' }], me);
    expect(next.counts).toMatchObject({ late: 0, excused: 1, unmarked: 2 });
  });

  it('changes nothing when the status is already the one tapped', () => {
    const next = applyMarks(roster, [{ participantId: person(2), status: 'late' }], me);
    expect(next.entries[1]).toBe(roster.entries[1]);
    expect(next.counts).toEqual(roster.counts);
  });

  it('marks only the unmarked when everyone is marked present', () => {
    expect(unmarkedIds(roster)).toEqual([person(1), person(3)]);
    const all = applyMarks(
      roster,
      unmarkedIds(roster).map((participantId) => ({ participantId, status: 'present' as const })),
      me,
    );
    expect(all.counts).toEqual({
      expected: 3,
      present: 2,
      late: 1,
      excused: 0,
      absent: 0,
      unmarked: 0,
    });
    expect(all.entries[1].attendance?.status).toBe('late');
  });
});
