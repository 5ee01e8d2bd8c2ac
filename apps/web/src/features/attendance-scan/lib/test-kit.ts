import type { RosterEntry, ScannerKit, SigningPublicKey } from '@multaqa/contract';

/** Test support: an event's signing key, badges it signs, and a session's scanner kit. */

export const EVENT_ID = '11111111-1111-4111-8111-111111111111';
export const SESSION_ID = '22222222-2222-4222-8222-222222222222';

const base64Url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

export async function makeSigningKey(kid = 'k1') {
  const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, [
    'sign',
    'verify',
  ])) as CryptoKeyPair;
  const jwk = await crypto.subtle.exportKey('jwk', pair.publicKey);
  const publicKey: SigningPublicKey = {
    kty: 'OKP',
    crv: 'Ed25519',
    x: jwk.x!,
    kid,
    use: 'sig',
    alg: 'EdDSA',
    retiredAt: null,
  };
  async function sign(payload: Record<string, unknown>): Promise<string> {
    const encoded = base64Url(new TextEncoder().encode(JSON.stringify({ ...payload, k: kid })));
    const signature = await crypto.subtle.sign(
      { name: 'Ed25519' },
      pair.privateKey,
      new TextEncoder().encode(encoded),
    );
    return `MQB1.${encoded}.${base64Url(new Uint8Array(signature))}`;
  }
  return { publicKey, sign };
}

let counter = 0;
export function rosterEntry(fullNameLatin: string, fullNameAr: string): RosterEntry {
  counter += 1;
  const hex = counter.toString(16).padStart(12, '0');
  return {
    participantId: `aaaaaaaa-0000-4000-8000-${hex}`,
    registrationId: `bbbbbbbb-0000-4000-8000-${hex}`,
    fullNameAr,
    fullNameLatin,
    institution: null,
    nationality: 'SO',
    attendance: null,
  };
}

export function badgePayload(entry: RosterEntry, badgeId = crypto.randomUUID()) {
  return { b: badgeId, e: EVENT_ID, r: entry.registrationId, t: 1_700_000_000 };
}

export function makeKit(
  keys: SigningPublicKey[],
  entries: RosterEntry[],
  overrides: Partial<ScannerKit> = {},
): ScannerKit {
  return {
    roster: {
      session: {
        id: SESSION_ID,
        eventId: EVENT_ID,
        title: { ar: 'الجلسة الأولى', en: 'First session' },
        startsAt: '2026-12-01T06:00:00.000Z',
        endsAt: '2026-12-01T09:00:00.000Z',
        timeZone: 'Africa/Mogadishu',
      },
      entries,
      counts: {
        expected: entries.length,
        present: 0,
        late: 0,
        excused: 0,
        absent: 0,
        unmarked: entries.length,
      },
    },
    keys,
    revokedBadgeIds: [],
    lateAfterMinutes: 15,
    serverTime: '2026-12-01T06:00:00.000Z',
    ...overrides,
  };
}
