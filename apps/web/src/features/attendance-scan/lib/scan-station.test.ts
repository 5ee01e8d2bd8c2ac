import 'fake-indexeddb/auto';
import type { AttendanceSyncInput, ScannerKit } from '@multaqa/contract';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ProblemError } from '../../../lib/problem';
import { ScanStation, type StationApi } from './scan-station';
import { loadKit, openScannerDb, queuedRecords } from './scanner-db';
import { badgePayload, makeKit, makeSigningKey, rosterEntry, SESSION_ID } from './test-kit';

let dbCount = 0;
const key = await makeSigningKey();
const amina = rosterEntry('Amina Yusuf', 'أمينة يوسف');
const omar = rosterEntry('Omar Farah', 'عمر فارح');
const kit = makeKit([key.publicKey], [amina, omar]);

/** An API that can lose the network, and keeps what it was sent. */
function fakeApi(serverKit: ScannerKit) {
  const sent: AttendanceSyncInput['records'] = [];
  const state = { down: false };
  const api: StationApi = {
    fetchKit: async () => {
      if (state.down) throw new TypeError('Failed to fetch');
      return structuredClone(serverKit);
    },
    sync: async (body) => {
      if (state.down) throw new TypeError('Failed to fetch');
      sent.push(...body.records);
      return {
        results: body.records.map((r) => ({
          clientId: r.clientId,
          outcome: 'stored' as const,
          conflict: null,
          record: null,
        })),
      };
    },
  };
  return { api, sent, state };
}

const stations: ScanStation[] = [];
async function startStation(api: StationApi, now = () => new Date('2026-12-01T06:05:00Z')) {
  const db = await openScannerDb(`station-test-${++dbCount}`);
  const station = new ScanStation(SESSION_ID, db, api, now);
  stations.push(station);
  await station.start();
  return { station, db };
}

afterEach(() => {
  for (const station of stations.splice(0)) station.stop();
});

describe('ScanStation', () => {
  it('keeps the kit, records a scan at once and sends it by itself', async () => {
    const server = fakeApi(kit);
    const { station, db } = await startStation(server.api);
    expect(station.getState()).toMatchObject({ phase: 'ready', connection: 'online' });
    expect(await loadKit(db, SESSION_ID)).toEqual(kit);

    const token = await key.sign(badgePayload(amina));
    expect(await station.scan(token)).toMatchObject({ kind: 'accepted', status: 'present' });
    expect(station.getState().kit!.roster.counts).toMatchObject({ present: 1, unmarked: 1 });
    await vi.waitFor(() => expect(server.sent).toHaveLength(1));
    expect(server.sent[0]).toMatchObject({ badgeToken: token, method: 'scan', status: 'present' });
    await vi.waitFor(() => expect(station.getState().queued).toBe(0));
  });

  it('notices a lost network by itself, goes on scanning, and syncs when it returns', async () => {
    const server = fakeApi(kit);
    const { station, db } = await startStation(server.api);
    server.state.down = true;
    expect(await station.scan(await key.sign(badgePayload(amina)))).toMatchObject({
      kind: 'accepted',
    });
    expect(await station.checkIn(omar.participantId)).toMatchObject({ kind: 'accepted' });
    await vi.waitFor(() => expect(station.getState().connection).toBe('offline'));
    expect(station.getState().queued).toBe(2);
    expect(await queuedRecords(db)).toHaveLength(2);

    server.state.down = false;
    window.dispatchEvent(new Event('online'));
    await vi.waitFor(() =>
      expect(station.getState()).toMatchObject({ queued: 0, connection: 'online' }),
    );
    expect(server.sent.map((r) => r.method).sort()).toEqual(['scan', 'search']);
  });

  it('starts from the kit kept on the device when the network is gone', async () => {
    const server = fakeApi(kit);
    const { db } = await startStation(server.api);
    server.state.down = true;
    const offline = new ScanStation(SESSION_ID, db, server.api);
    stations.push(offline);
    await offline.start();
    expect(offline.getState()).toMatchObject({ phase: 'ready', connection: 'offline' });
    expect(offline.getState().kit!.roster.entries).toHaveLength(2);
  });

  it('says when there is no kit at all', async () => {
    const server = fakeApi(kit);
    server.state.down = true;
    const { station } = await startStation(server.api);
    expect(station.getState().phase).toBe('unavailable');
  });

  it('ignores the same badge held up again, then tells it was already checked in', async () => {
    let now = new Date('2026-12-01T06:20:00Z');
    const server = fakeApi(kit);
    const { station } = await startStation(server.api, () => now);
    const token = await key.sign(badgePayload(amina));
    expect(await station.scan(token)).toMatchObject({ kind: 'accepted', status: 'late' });
    now = new Date(now.getTime() + 1000);
    expect(await station.scan(token)).toBeNull();
    now = new Date(now.getTime() + 10_000);
    expect(await station.scan(token)).toMatchObject({
      kind: 'already',
      takenAt: '2026-12-01T06:20:00.000Z',
    });
  });

  it("lists the server's refusal, and keeps the queue through a server error", async () => {
    const server = fakeApi(kit);
    const { station } = await startStation(server.api);
    let answer: 'error' | 'refuse' = 'error';
    server.api.sync = async (body) => {
      if (answer === 'error')
        throw new ProblemError({
          type: 'about:blank',
          title: 'Forbidden',
          status: 403,
          detail: 'No.',
          code: 'forbidden',
        });
      return {
        results: body.records.map((r) => ({
          clientId: r.clientId,
          outcome: 'refused' as const,
          conflict: 'not_expected' as const,
          record: null,
        })),
      };
    };
    await station.checkIn(omar.participantId);
    await vi.waitFor(() => expect(station.getState().syncError).toBeInstanceOf(ProblemError));
    expect(station.getState()).toMatchObject({ connection: 'online', queued: 1 });

    answer = 'refuse';
    window.dispatchEvent(new Event('online'));
    await vi.waitFor(() => expect(station.getState().queued).toBe(0));
    expect(station.getState().issues).toMatchObject([
      { participantId: omar.participantId, outcome: 'refused', conflict: 'not_expected' },
    ]);
    expect(station.getState().syncError).toBeNull();
    expect(station.getState().kit!.roster.entries[1].attendance).toBeNull();
  });

  it('records a double tap once', async () => {
    const server = fakeApi(kit);
    const { station, db } = await startStation(server.api);
    server.state.down = true;
    const [first, second] = await Promise.all([
      station.checkIn(amina.participantId),
      station.checkIn(amina.participantId),
    ]);
    expect(first).toMatchObject({ kind: 'accepted' });
    expect(second).toBeNull();
    expect(await queuedRecords(db)).toHaveLength(1);
  });

  it('refuses a forged badge and records nothing', async () => {
    const server = fakeApi(kit);
    const { station } = await startStation(server.api);
    const forger = await makeSigningKey();
    expect(await station.scan(await forger.sign(badgePayload(amina)))).toEqual({ kind: 'forged' });
    expect(station.getState().queued).toBe(0);
  });
});
