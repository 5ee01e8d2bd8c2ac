import { createHash } from 'node:crypto';
import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DomainException } from '../errors/domain.exception.js';

export interface WindowCount {
  count: number;
  /** Whole seconds until the window ends and the count starts again. */
  retryAfterSeconds: number;
}

/** Expired windows are swept now and then by whichever request happens to count. */
const SWEEP_EVERY = 200;

/** Keys hold hashes, not emails or addresses, so the table holds nothing personal. */
export const counterKey = (kind: string, value: string) =>
  `${kind}:${createHash('sha256').update(value).digest('base64url')}`;

export function tooManyRequests(retryAfterSeconds: number): DomainException {
  const retryAfter = Math.max(1, retryAfterSeconds);
  return new DomainException('rate_limited', HttpStatus.TOO_MANY_REQUESTS, { retryAfter }, [], {
    retryAfter,
  });
}

interface Waiting {
  windowSeconds: number;
  callers: { resolve: (count: WindowCount) => void; reject: (error: unknown) => void }[];
}

/**
 * Fixed-window counters in PostgreSQL, shared by every API process on the same database.
 * Hits arriving in the same turn of the event loop are counted with one statement: a burst of
 * a thousand submits costs a few upserts instead of a thousand, and each caller still gets its
 * exact place in the count.
 */
@Injectable()
export class RateLimitService {
  private sinceSweep = 0;
  private waiting = new Map<string, Waiting>();

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Counts one more hit on `key` and returns the count in the current window. */
  hit(key: string, windowSeconds: number): Promise<WindowCount> {
    return new Promise((resolve, reject) => {
      if (this.waiting.size === 0) setImmediate(() => void this.flush());
      const entry = this.waiting.get(key) ?? { windowSeconds, callers: [] };
      entry.callers.push({ resolve, reject });
      this.waiting.set(key, entry);
    });
  }

  private async flush(): Promise<void> {
    const batch = this.waiting;
    this.waiting = new Map();
    // Sorted, so processes counting the same keys at once take their row locks in one order.
    const keys = [...batch.keys()].sort();
    try {
      // One statement, so concurrent hits from several processes never lose a count.
      const rows: { key: string; hits: number; retry_after: number }[] = await this.db.query(
        `INSERT INTO rate_limit_counters AS c (key, hits, resets_at)
         SELECT k, n, now() + make_interval(secs => w)
           FROM unnest($1::text[], $2::int[], $3::int[]) AS t(k, n, w)
         ON CONFLICT (key) DO UPDATE SET
           hits = CASE WHEN c.resets_at <= now() THEN excluded.hits ELSE c.hits + excluded.hits END,
           resets_at = CASE WHEN c.resets_at <= now() THEN excluded.resets_at ELSE c.resets_at END
         RETURNING key, hits, ceil(extract(epoch FROM resets_at - now()))::int AS retry_after`,
        [
          keys,
          keys.map((key) => batch.get(key)!.callers.length),
          keys.map((key) => batch.get(key)!.windowSeconds),
        ],
      );
      for (const row of rows) {
        const { callers } = batch.get(row.key)!;
        const before = row.hits - callers.length;
        callers.forEach((caller, i) =>
          caller.resolve({ count: before + i + 1, retryAfterSeconds: row.retry_after }),
        );
      }
      await this.sweepNowAndThen(keys.length);
    } catch (error) {
      for (const { callers } of batch.values()) for (const caller of callers) caller.reject(error);
    }
  }

  /** The longest wait among the keys that already reached their limit, or null. */
  async exceeded(limits: { key: string; limit: number }[]): Promise<number | null> {
    const rows: { key: string; hits: number; retry_after: number }[] = await this.db.query(
      `SELECT key, hits, ceil(extract(epoch FROM resets_at - now()))::int AS retry_after
       FROM rate_limit_counters WHERE key = ANY($1) AND resets_at > now()`,
      [limits.map((l) => l.key)],
    );
    const waits = rows
      .filter((row) => row.hits >= (limits.find((l) => l.key === row.key)?.limit ?? Infinity))
      .map((row) => row.retry_after);
    return waits.length ? Math.max(...waits) : null;
  }

  private async sweepNowAndThen(hits: number): Promise<void> {
    this.sinceSweep += hits;
    if (this.sinceSweep < SWEEP_EVERY) return;
    this.sinceSweep = 0;
    await this.db.query(`DELETE FROM rate_limit_counters WHERE resets_at < now()`);
  }
}
