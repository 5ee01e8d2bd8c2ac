import type { Badge } from '@multaqa/contract';

export interface RegistrationBadges {
  /** The badge that scans today; null when it was revoked and not replaced. */
  current: Badge | null;
  /** Badges that no longer scan, newest first (lost, damaged, replaced). */
  revoked: Badge[];
}

/** An event's badges grouped by registration (staff badges, with no registration, are left out). */
export function badgesByRegistration(badges: readonly Badge[]): Map<string, RegistrationBadges> {
  const byRegistration = new Map<string, RegistrationBadges>();
  for (const badge of badges) {
    if (!badge.registrationId) continue;
    let entry = byRegistration.get(badge.registrationId);
    if (!entry) {
      entry = { current: null, revoked: [] };
      byRegistration.set(badge.registrationId, entry);
    }
    if (badge.revokedAt === null) {
      if (!entry.current || entry.current.issuedAt < badge.issuedAt) entry.current = badge;
    } else {
      entry.revoked.push(badge);
    }
  }
  for (const entry of byRegistration.values()) {
    entry.revoked.sort((a, b) => (b.revokedAt ?? '').localeCompare(a.revokedAt ?? ''));
  }
  return byRegistration;
}
