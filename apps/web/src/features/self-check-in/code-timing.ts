/** How long before a code expires the projector asks for the next one. */
const LEAD_MS = 2_000;

/**
 * Milliseconds the fetched code stays on screen, from the moment it arrived. The projector's
 * clock may not agree with the server's, so the server's `expiresAt` is trusted only within one
 * period: a clock far behind would otherwise keep a dead code up, one far ahead would ask again
 * at once, forever. The previous code is accepted for a short grace, so a little late is fine.
 */
export function codeLifetimeMs(
  expiresAt: string,
  periodSeconds: number,
  fetchedAt: number,
): number {
  const period = Math.max(1, periodSeconds) * 1000;
  const remaining = Date.parse(expiresAt) - fetchedAt;
  const trusted = Number.isFinite(remaining) ? Math.min(Math.max(remaining, 0), period) : period;
  return Math.max(1_000, trusted - Math.min(LEAD_MS, period / 4));
}

/** What a person types: any case, spaces or dashes between groups ("ab3 k7q" → "AB3K7Q"). */
export function normalizeCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s\-‐-―]/g, '');
}
