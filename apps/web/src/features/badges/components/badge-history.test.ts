import type { Badge } from '@multaqa/contract';
import { describe, expect, it } from 'vitest';
import { badgesByRegistration } from './badge-history';

const REG_A = '00000000-0000-4000-8000-00000000000a';
const REG_B = '00000000-0000-4000-8000-00000000000b';

function badge(id: string, over: Partial<Badge>): Badge {
  return {
    id: `00000000-0000-4000-8000-0000000000${id}`,
    eventId: '00000000-0000-4000-8000-000000000001',
    registrationId: REG_A,
    userId: null,
    token: 'MQB1.x.y',
    issuedAt: '2026-01-10T08:00:00.000Z',
    revokedAt: null,
    revokedReason: null,
    replacedById: null,
    ...over,
  };
}

describe('badgesByRegistration', () => {
  it('keeps the live badge as current and lists replaced ones newest first', () => {
    const first = badge('01', {
      revokedAt: '2026-01-11T08:00:00.000Z',
      revokedReason: 'lost',
      replacedById: 'x',
    });
    const second = badge('02', {
      issuedAt: '2026-01-11T08:00:00.000Z',
      revokedAt: '2026-01-12T08:00:00.000Z',
      revokedReason: 'damaged',
    });
    const third = badge('03', { issuedAt: '2026-01-12T08:00:00.000Z' });
    const map = badgesByRegistration([first, third, second]);
    expect(map.get(REG_A)?.current?.id).toBe(third.id);
    expect(map.get(REG_A)?.revoked.map((b) => b.revokedReason)).toEqual(['damaged', 'lost']);
  });

  it('has no current badge when the last one was revoked, and ignores staff badges', () => {
    const map = badgesByRegistration([
      badge('04', { registrationId: REG_B, revokedAt: '2026-01-11T08:00:00.000Z' }),
      badge('05', { registrationId: null, userId: '00000000-0000-4000-8000-000000000099' }),
    ]);
    expect(map.get(REG_B)?.current).toBeNull();
    expect(map.size).toBe(1);
  });
});
