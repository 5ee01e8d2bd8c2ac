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

/** Fixed-window counters in PostgreSQL, shared by every API process on the same database. */
@Injectable()
export class RateLimitService {
  private sinceSweep = 0;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Counts one more hit on `key` and returns the count in the current window. */
  async hit(key: string, windowSeconds: number): Promise<WindowCount> {
    // One statement, so concurrent hits from several processes never lose a count.
    const rows: { hits: number; retry_after: number }[] = await this.db.query(
      `INSERT INTO rate_limit_counters AS c (key, hits, resets_at)
       VALUES ($1, 1, now() + make_interval(secs => $2))
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN c.resets_at <= now() THEN 1 ELSE c.hits + 1 END,
         resets_at = CASE WHEN c.resets_at <= now() THEN excluded.resets_at ELSE c.resets_at END
       RETURNING hits, ceil(extract(epoch FROM resets_at - now()))::int AS retry_after`,
      [key, windowSeconds],
    );
    await this.sweepNowAndThen();
    return { count: rows[0].hits, retryAfterSeconds: rows[0].retry_after };
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

  private async sweepNowAndThen(): Promise<void> {
    this.sinceSweep += 1;
    if (this.sinceSweep < SWEEP_EVERY) return;
    this.sinceSweep = 0;
    await this.db.query(`DELETE FROM rate_limit_counters WHERE resets_at < now()`);
  }
}
