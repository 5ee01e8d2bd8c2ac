import { describe, expect, it } from 'vitest';
import { checkedIn, statusAt, withQueued } from './local-roster';
import type { QueuedRecord } from './scanner-db';
import { makeKit, rosterEntry, SESSION_ID } from './test-kit';

const amina = rosterEntry('Amina Yusuf', 'أمينة يوسف');
const omar = rosterEntry('Omar Farah', 'عمر فارح');

function queued(participantId: string, sessionId = SESSION_ID): QueuedRecord {
  const clientId = crypto.randomUUID();
  return {
    clientId,
    participantId,
    submission: {
      clientId,
      sessionId,
      badgeToken: 'MQB1.x.y',
      status: 'late',
      method: 'scan',
      takenAt: '2026-12-01T06:20:00.000Z',
    },
  };
}

describe('withQueued', () => {
  it("shows this device's queued records on the roster and counts them", () => {
    const kit = withQueued(makeKit([], [amina, omar]), [
      queued(amina.participantId),
      queued(omar.participantId, '99999999-9999-4999-8999-999999999999'),
    ]);
    expect(kit.roster.entries[0].attendance).toMatchObject({ status: 'late', method: 'scan' });
    expect(kit.roster.entries[1].attendance).toBeNull();
    expect(kit.roster.counts).toMatchObject({ expected: 2, late: 1, unmarked: 1 });
  });
});

describe('statusAt', () => {
  const kit = makeKit([], []);
  it('is present until lateAfterMinutes past the start, late from then', () => {
    expect(statusAt(kit, new Date('2026-12-01T05:50:00Z'))).toBe('present');
    expect(statusAt(kit, new Date('2026-12-01T06:14:59Z'))).toBe('present');
    expect(statusAt(kit, new Date('2026-12-01T06:15:00Z'))).toBe('late');
  });
});

describe('checkedIn', () => {
  it('counts present and late, not an earlier absent', () => {
    const record = {
      sessionId: SESSION_ID,
      participantId: amina.participantId,
      method: 'roster' as const,
      takenAt: '2026-12-01T06:00:00.000Z',
      takenBy: null,
    };
    expect(checkedIn({ ...amina, attendance: { ...record, status: 'late' } })).toBe(true);
    expect(checkedIn({ ...amina, attendance: { ...record, status: 'absent' } })).toBe(false);
    expect(checkedIn(amina)).toBe(false);
  });
});
