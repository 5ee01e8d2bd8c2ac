import { describe, expect, it } from 'vitest';
import { codeLifetimeMs, normalizeCode } from './code-timing';

const NOW = Date.parse('2026-01-10T09:00:00.000Z');
const at = (ms: number) => new Date(NOW + ms).toISOString();

describe('codeLifetimeMs', () => {
  it('asks for the next code shortly before this one expires', () => {
    expect(codeLifetimeMs(at(15_000), 20, NOW)).toBe(13_000);
  });

  it('never trusts an expiry beyond one period (projector clock behind the server)', () => {
    expect(codeLifetimeMs(at(600_000), 20, NOW)).toBe(18_000);
  });

  it('waits at least a second when the code already looks expired (clock ahead)', () => {
    expect(codeLifetimeMs(at(-30_000), 20, NOW)).toBe(1_000);
  });

  it('keeps the lead short for short periods', () => {
    expect(codeLifetimeMs(at(4_000), 4, NOW)).toBe(3_000);
  });
});

describe('normalizeCode', () => {
  it('uppercases and drops spaces and dashes', () => {
    expect(normalizeCode(' ab3 k-7q ')).toBe('AB3K7Q');
  });
});
