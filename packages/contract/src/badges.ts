import { z } from 'zod';
import { base64UrlToBytes } from './base64url.js';
import { singleLineText } from './text.js';

/**
 * A badge's QR code carries a signed token, so a scanner with no network tells a genuine badge
 * from a forged one:
 *
 *   MQB1.<payload>.<signature>
 *
 * `payload` is the base64url (no padding) of the UTF-8 JSON `BadgeTokenPayload`; `signature`
 * is the base64url Ed25519 signature over the ASCII bytes of `payload` as it stands in the
 * token (the encoded string is what is signed, so no JSON canonicalisation is needed). The
 * key is found by `k` among the published keys (`signingKeySetSchema`), old keys included.
 */
export const BADGE_TOKEN_PREFIX = 'MQB1';

export const badgeTokenPayloadSchema = z
  .object({
    /** Badge id (a replaced badge gets a new one; the old id goes on the revocation list). */
    b: z.uuid(),
    e: z.uuid(),
    /** The registration for a participant's badge; absent on a staff badge. */
    r: z.uuid().optional(),
    /** The user for a staff badge (trainer, speaker, coordinator, door staff). */
    u: z.uuid().optional(),
    /** Issue time, seconds since the epoch. */
    t: z.number().int(),
    /** Signing key id. */
    k: z.string().min(1).max(64),
  })
  .refine((p) => !!p.r !== !!p.u);
export type BadgeTokenPayload = z.infer<typeof badgeTokenPayloadSchema>;

export interface ParsedBadgeToken {
  payload: BadgeTokenPayload;
  /** The exact signed text. */
  signedText: string;
  signature: Uint8Array;
}

/** Splits and decodes a badge token; null when it is not one. The signature is NOT checked here. */
export function parseBadgeToken(token: string): ParsedBadgeToken | null {
  const parts = token.trim().split('.');
  if (parts.length !== 3 || parts[0] !== BADGE_TOKEN_PREFIX || token.length > 600) return null;
  const payloadBytes = base64UrlToBytes(parts[1]);
  const signature = base64UrlToBytes(parts[2]);
  if (!payloadBytes || !signature || signature.length !== 64) return null;
  try {
    const json: unknown = JSON.parse(new TextDecoder().decode(payloadBytes));
    const parsed = badgeTokenPayloadSchema.safeParse(json);
    return parsed.success ? { payload: parsed.data, signedText: parts[1], signature } : null;
  } catch {
    return null;
  }
}

/** A public Ed25519 key as a JWK (RFC 8037), with the id that tokens name in `k`. */
export const signingPublicKeySchema = z
  .object({
    kty: z.literal('OKP'),
    crv: z.literal('Ed25519'),
    /** base64url of the 32-byte public key. */
    x: z.string(),
    kid: z.string(),
    use: z.literal('sig'),
    alg: z.literal('EdDSA'),
    /** When the key stopped signing new badges; null for the current key. Old keys stay valid. */
    retiredAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'SigningPublicKey' });
export type SigningPublicKey = z.infer<typeof signingPublicKeySchema>;

/** GET /api/public/signing-keys: a JWKS of every key that ever signed, current one first. */
export const signingKeySetSchema = z
  .object({ keys: z.array(signingPublicKeySchema) })
  .meta({ id: 'SigningKeySet' });
export type SigningKeySet = z.infer<typeof signingKeySetSchema>;

export const BADGE_LAYOUTS = ['a4', 'a6', 'label'] as const;
export const badgeLayoutSchema = z.enum(BADGE_LAYOUTS).meta({ id: 'BadgeLayout' });
export type BadgeLayout = z.infer<typeof badgeLayoutSchema>;

/** GET /api/events/{eventId}/badges.pdf: one, a selection (comma-separated ids) or all. */
export const badgeSheetQuerySchema = z
  .object({
    layout: badgeLayoutSchema.default('a4'),
    /** Registration ids, comma-separated; omitted for every approved registration. */
    registrationIds: z
      .string()
      .max(37 * 2000)
      .optional()
      .transform((v) => (v ? v.split(',').filter(Boolean) : undefined))
      .pipe(z.array(z.uuid()).max(2000).optional()),
    /** Add the badges of the event's staff (coordinators, trainers and speakers, door staff). */
    includeStaff: z
      .enum(['true', 'false'])
      .default('false')
      .transform((v) => v === 'true'),
  })
  .strict()
  .meta({ id: 'BadgeSheetQuery' });

export const badgeSchema = z
  .object({
    id: z.uuid(),
    eventId: z.uuid(),
    registrationId: z.uuid().nullable(),
    userId: z.uuid().nullable(),
    /** The QR text. */
    token: z.string(),
    issuedAt: z.iso.datetime(),
    revokedAt: z.iso.datetime().nullable(),
    revokedReason: z.string().nullable(),
    replacedById: z.uuid().nullable(),
  })
  .meta({ id: 'Badge' });
export type Badge = z.infer<typeof badgeSchema>;

/** GET /api/events/{eventId}/badges/revoked: what a scanner refuses even offline. */
export const badgeRevocationListSchema = z
  .object({
    eventId: z.uuid(),
    revokedBadgeIds: z.array(z.uuid()),
    generatedAt: z.iso.datetime(),
  })
  .meta({ id: 'BadgeRevocationList' });
export type BadgeRevocationList = z.infer<typeof badgeRevocationListSchema>;

/** POST /api/events/{eventId}/registrations/{registrationId}/badge: a new badge, the old one revoked. */
export const reissueBadgeSchema = z
  .object({ reason: singleLineText().min(2).max(300) })
  .strict()
  .meta({ id: 'ReissueBadge' });
export type ReissueBadgeInput = z.input<typeof reissueBadgeSchema>;

export const badgesSchema = z.array(badgeSchema).meta({ id: 'Badges' });
