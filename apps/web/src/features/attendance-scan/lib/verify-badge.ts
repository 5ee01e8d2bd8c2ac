import { parseBadgeToken, type RosterEntry, type ScannerKit } from '@multaqa/contract';
import { verifySignature, type SignatureVerifier } from '../../../lib/ed25519';

/** What a badge says about its bearer, decided on the device with no network. */
export type BadgeVerdict =
  | { kind: 'valid'; badgeId: string; entry: RosterEntry }
  | { kind: 'not_a_badge' }
  | { kind: 'forged' }
  | { kind: 'revoked' }
  | { kind: 'wrong_event' }
  | { kind: 'not_registered' };

type KitForVerify = Pick<ScannerKit, 'keys' | 'revokedBadgeIds'> & {
  roster: { session: { eventId: string }; entries: RosterEntry[] };
};

/**
 * Checks a scanned text against the session's kit: a badge token, signed by one of the
 * event's keys (old keys too), not revoked, of this event, for a person on this roster.
 */
export async function verifyBadge(
  text: string,
  kit: KitForVerify,
  verify: SignatureVerifier = verifySignature,
): Promise<BadgeVerdict> {
  const token = parseBadgeToken(text);
  if (!token) return { kind: 'not_a_badge' };
  const key = kit.keys.find((k) => k.kid === token.payload.k);
  if (!key) return { kind: 'forged' };
  const message = new TextEncoder().encode(token.signedText);
  const genuine = await verify(key, token.signature, message).catch(() => false);
  if (!genuine) return { kind: 'forged' };
  if (kit.revokedBadgeIds.includes(token.payload.b)) return { kind: 'revoked' };
  if (token.payload.e !== kit.roster.session.eventId) return { kind: 'wrong_event' };
  const entry = kit.roster.entries.find((e) => e.registrationId === token.payload.r);
  if (!token.payload.r || !entry) return { kind: 'not_registered' };
  return { kind: 'valid', badgeId: token.payload.b, entry };
}
