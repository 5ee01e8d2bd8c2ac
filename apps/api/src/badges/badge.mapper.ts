import type { Badge } from '@multaqa/contract';
import type { BadgeEntity } from './badge.entity.js';

export const toBadgeDto = (b: BadgeEntity): Badge => ({
  id: b.id,
  eventId: b.eventId,
  registrationId: b.registrationId,
  userId: b.userId,
  token: b.token,
  issuedAt: b.issuedAt.toISOString(),
  revokedAt: b.revokedAt?.toISOString() ?? null,
  revokedReason: b.revokedReason,
  replacedById: b.replacedById,
});
