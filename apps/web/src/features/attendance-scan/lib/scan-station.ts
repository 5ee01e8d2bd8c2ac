import type { AttendanceStatus, RosterEntry, ScannerKit } from '@multaqa/contract';
import { randomUuid } from '../../../lib/uuid';
import { checkedIn, statusAt, withQueued } from './local-roster';
import {
  deviceId,
  enqueue,
  loadKit,
  queuedRecords,
  saveKit,
  sessionIssues,
  type ScannerDb,
  type SyncIssue,
} from './scanner-db';
import { syncQueue, type SendBatch } from './sync-queue';
import { verifyBadge, type BadgeVerdict } from './verify-badge';

export type Connection = 'online' | 'offline' | 'syncing';

export interface StationState {
  /** loading: nothing yet; unavailable: neither the network nor this device has the kit. */
  phase: 'loading' | 'ready' | 'unavailable';
  loadError: unknown;
  /** The session's kit with this device's queued records applied. */
  kit: ScannerKit | null;
  /** Records of this device still waiting for the server (every session). */
  queued: number;
  issues: SyncIssue[];
  connection: Connection;
  /** The server's error answer to the last exchange (a network failure is `offline` instead). */
  syncError: unknown;
}

export type ScanOutcome =
  | { kind: 'accepted'; entry: RosterEntry; status: AttendanceStatus }
  | { kind: 'already'; entry: RosterEntry; takenAt: string }
  | Exclude<BadgeVerdict, { kind: 'valid' }>;

export interface StationApi {
  fetchKit(signal: AbortSignal): Promise<ScannerKit>;
  sync(body: Parameters<SendBatch>[0], signal: AbortSignal): ReturnType<SendBatch>;
}

/** How long one request may take before the scanner counts the network as gone. */
const REQUEST_TIMEOUT_MS = 10_000;
/** While online, the kit is fetched again this often: others' check-ins, new revocations. */
const REFRESH_MS = 30_000;
const MAX_BACKOFF_MS = 30_000;
/** The same badge held in front of the camera does not count again within this time. */
const REPEAT_MS = 4_000;
/** Scans in quick succession go in one request. */
const SYNC_DELAY_MS = 300;

const isNetworkFailure = (error: unknown) =>
  error instanceof TypeError ||
  (error instanceof DOMException && (error.name === 'AbortError' || error.name === 'TimeoutError'));

/**
 * One session's scanner on this device. IndexedDB is its source of truth and the server a peer
 * it syncs with when it can, so it is not a TanStack query: it notices by itself when the
 * network goes (navigator events, a failed or timed-out request), retries with backoff while
 * records wait, and refreshes the kit while online.
 */
export class ScanStation {
  private state: StationState = {
    phase: 'loading',
    loadError: null,
    kit: null,
    queued: 0,
    issues: [],
    connection: navigator.onLine ? 'online' : 'offline',
    syncError: null,
  };
  private readonly listeners = new Set<() => void>();
  private serverKit: ScannerKit | null = null;
  private device: Promise<string>;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private failures = 0;
  private running = false;
  private runAgain = false;
  private stopped = false;
  private lastSeen = new Map<string, number>();
  private recording = new Set<string>();

  constructor(
    private readonly sessionId: string,
    private readonly db: ScannerDb,
    private readonly api: StationApi,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.device = deviceId(db);
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = () => this.state;

  async start(): Promise<void> {
    window.addEventListener('online', this.onOnline);
    window.addEventListener('offline', this.onOffline);
    this.serverKit = await loadKit(this.db, this.sessionId);
    await this.refreshLocal();
    await this.tick(true);
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    window.removeEventListener('online', this.onOnline);
    window.removeEventListener('offline', this.onOffline);
  }

  /** A text read by the camera; null when it is the same badge again within a few seconds. */
  async scan(text: string): Promise<ScanOutcome | null> {
    const at = this.now().getTime();
    const seen = this.lastSeen.get(text);
    this.lastSeen.set(text, at);
    if (seen !== undefined && at - seen < REPEAT_MS) return null;
    const kit = this.state.kit;
    if (!kit) return null;
    const verdict = await verifyBadge(text, kit);
    if (verdict.kind !== 'valid') return verdict;
    return this.record(verdict.entry, { badgeToken: text.trim(), method: 'scan' });
  }

  /** A person picked by name when their badge does not read. */
  async checkIn(participantId: string): Promise<ScanOutcome | null> {
    const entry = this.state.kit?.roster.entries.find((e) => e.participantId === participantId);
    if (!entry) return null;
    return this.record(entry, { participantId, method: 'search' });
  }

  private async record(
    entry: RosterEntry,
    how: { badgeToken: string; method: 'scan' } | { participantId: string; method: 'search' },
  ): Promise<ScanOutcome | null> {
    if (entry.attendance && checkedIn(entry))
      return { kind: 'already', entry, takenAt: entry.attendance.takenAt };
    // A double tap, or the badge and a name search at once: the first one records.
    if (this.recording.has(entry.participantId)) return null;
    this.recording.add(entry.participantId);
    try {
      return await this.enqueue(entry, how);
    } finally {
      this.recording.delete(entry.participantId);
    }
  }

  private async enqueue(
    entry: RosterEntry,
    how: { badgeToken: string; method: 'scan' } | { participantId: string; method: 'search' },
  ): Promise<ScanOutcome> {
    const kit = this.state.kit!;
    const takenAt = this.now();
    const status = statusAt(kit, takenAt);
    const clientId = randomUuid();
    await enqueue(this.db, {
      clientId,
      participantId: entry.participantId,
      submission: {
        clientId,
        sessionId: this.sessionId,
        ...how,
        status,
        takenAt: takenAt.toISOString(),
      },
    });
    await this.refreshLocal();
    this.schedule(SYNC_DELAY_MS);
    return { kind: 'accepted', entry, status };
  }

  private onOnline = () => {
    this.failures = 0;
    this.schedule(0);
  };

  private onOffline = () => this.set({ connection: 'offline' });

  private set(patch: Partial<StationState>) {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }

  private async refreshLocal() {
    const queued = await queuedRecords(this.db);
    const issues = await sessionIssues(this.db, this.sessionId);
    const kit = this.serverKit ? withQueued(this.serverKit, queued) : null;
    this.set({ kit, queued: queued.length, issues, ...(kit ? { phase: 'ready' } : {}) });
  }

  private schedule(ms: number) {
    if (this.stopped) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.tick(false), ms);
  }

  private async tick(first: boolean) {
    if (this.running) {
      this.runAgain = true;
      return;
    }
    this.running = true;
    try {
      await this.exchange();
      this.failures = 0;
      this.schedule(REFRESH_MS);
    } catch (error) {
      this.failures += 1;
      const network = isNetworkFailure(error) || !navigator.onLine;
      this.set({ connection: network ? 'offline' : 'online', syncError: network ? null : error });
      if (first && !this.serverKit) this.set({ phase: 'unavailable', loadError: error });
      this.schedule(Math.min(MAX_BACKOFF_MS, 1000 * 2 ** (this.failures - 1)));
    } finally {
      this.running = false;
      if (this.runAgain) {
        this.runAgain = false;
        this.schedule(0);
      }
    }
  }

  /** Sends the queue, then fetches the kit again (which then holds what was just sent). */
  private async exchange() {
    if (!navigator.onLine) throw new TypeError('offline');
    if ((await queuedRecords(this.db)).length > 0) {
      this.set({ connection: 'syncing' });
      const device = await this.device;
      await syncQueue(this.db, device, (body) =>
        this.api.sync(body, AbortSignal.timeout(REQUEST_TIMEOUT_MS)),
      );
      // The answers are on the kept roster: they stay shown if the kit cannot be fetched now.
      this.serverKit = (await loadKit(this.db, this.sessionId)) ?? this.serverKit;
      await this.refreshLocal();
    }
    const kit = await this.api.fetchKit(AbortSignal.timeout(REQUEST_TIMEOUT_MS));
    await saveKit(this.db, kit);
    this.serverKit = kit;
    await this.refreshLocal();
    this.set({ connection: 'online', syncError: null });
  }
}
