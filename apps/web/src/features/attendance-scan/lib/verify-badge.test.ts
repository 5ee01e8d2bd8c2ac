import { describe, expect, it } from 'vitest';
import { makeKit, makeSigningKey, badgePayload, rosterEntry, EVENT_ID } from './test-kit';
import { nobleVerify } from '../../../lib/ed25519';
import { verifyBadge } from './verify-badge';

describe('verifyBadge', async () => {
  const key = await makeSigningKey('k2');
  const amina = rosterEntry('Amina Yusuf', 'أمينة يوسف');
  const kit = makeKit([key.publicKey], [amina]);

  it('accepts a badge signed by the event key for someone on the roster', async () => {
    const token = await key.sign(badgePayload(amina, 'cccccccc-0000-4000-8000-000000000001'));
    expect(await verifyBadge(token, kit)).toEqual({
      kind: 'valid',
      badgeId: 'cccccccc-0000-4000-8000-000000000001',
      entry: amina,
    });
  });

  it('verifies with the library where WebCrypto has no Ed25519', async () => {
    const token = await key.sign(badgePayload(amina));
    expect((await verifyBadge(token, kit, nobleVerify)).kind).toBe('valid');
    const [prefix, payload, signature] = token.split('.');
    const flipped = signature.startsWith('A') ? `B${signature.slice(1)}` : `A${signature.slice(1)}`;
    expect((await verifyBadge(`${prefix}.${payload}.${flipped}`, kit, nobleVerify)).kind).toBe(
      'forged',
    );
  });

  it('calls a badge forged when its payload was changed after signing', async () => {
    const token = await key.sign(badgePayload(amina));
    const [prefix, , signature] = token.split('.');
    const other = (await key.sign({ ...badgePayload(amina), t: 1 })).split('.')[1];
    expect(await verifyBadge(`${prefix}.${other}.${signature}`, kit)).toEqual({ kind: 'forged' });
  });

  it('calls a badge forged when another key signed it, even under a known key id', async () => {
    const impostor = await makeSigningKey('k2');
    expect(await verifyBadge(await impostor.sign(badgePayload(amina)), kit)).toEqual({
      kind: 'forged',
    });
    const unknown = await makeSigningKey('k9');
    expect((await verifyBadge(await unknown.sign(badgePayload(amina)), kit)).kind).toBe('forged');
  });

  it('keeps accepting badges of a retired key', async () => {
    const old = await makeSigningKey('k1');
    const rotated = makeKit(
      [key.publicKey, { ...old.publicKey, retiredAt: '2026-11-01T00:00:00.000Z' }],
      [amina],
    );
    expect((await verifyBadge(await old.sign(badgePayload(amina)), rotated)).kind).toBe('valid');
  });

  it('refuses a revoked badge, another event and someone not on the roster', async () => {
    const badgeId = 'cccccccc-0000-4000-8000-000000000002';
    const revoked = makeKit([key.publicKey], [amina], { revokedBadgeIds: [badgeId] });
    expect(await verifyBadge(await key.sign(badgePayload(amina, badgeId)), revoked)).toEqual({
      kind: 'revoked',
    });
    const elsewhere = { ...badgePayload(amina), e: '99999999-9999-4999-8999-999999999999' };
    expect(await verifyBadge(await key.sign(elsewhere), kit)).toEqual({ kind: 'wrong_event' });
    const stranger = rosterEntry('Omar Farah', 'عمر فارح');
    expect(await verifyBadge(await key.sign(badgePayload(stranger)), kit)).toEqual({
      kind: 'not_registered',
    });
    const staff = { b: crypto.randomUUID(), e: EVENT_ID, u: amina.participantId, t: 1 };
    expect(await verifyBadge(await key.sign(staff), kit)).toEqual({ kind: 'not_registered' });
  });

  it('tells text that is no badge at all', async () => {
    expect(await verifyBadge('https://example.org', kit)).toEqual({ kind: 'not_a_badge' });
    expect(await verifyBadge('MQB1.e30.AAAA', kit)).toEqual({ kind: 'not_a_badge' });
  });
});
