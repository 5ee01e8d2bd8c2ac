import type { Job } from '@multaqa/contract';
import { describe, expect, it } from 'vitest';
import { addSample, jobFigures } from './job-figures';

const T0 = Date.parse('2026-12-01T10:00:00.000Z');

function job(overrides: Partial<Job>): Job {
  return {
    id: '11111111-1111-4111-8111-111111111111',
    kind: 'certificates.issue',
    status: 'running',
    done: 0,
    total: 200,
    error: null,
    eventId: null,
    result: null,
    createdAt: new Date(T0).toISOString(),
    startedAt: new Date(T0).toISOString(),
    finishedAt: null,
    ...overrides,
  };
}

describe('jobFigures', () => {
  it('knows no pace and no time left before anything is done', () => {
    expect(jobFigures(job({ status: 'queued', startedAt: null }), [], T0 + 5000)).toEqual({
      percent: 0,
      perMinute: null,
      secondsLeft: null,
    });
    expect(jobFigures(job({ done: 0 }), [], T0 + 5000).secondsLeft).toBeNull();
  });

  it('reads the pace since the start when the page has watched nothing yet', () => {
    // 50 in 30 s: 100 a minute, 150 left → 90 s.
    expect(jobFigures(job({ done: 50 }), [], T0 + 30_000)).toEqual({
      percent: 25,
      perMinute: 100,
      secondsLeft: 90,
    });
  });

  it('prefers the pace of the last half-minute the page watched', () => {
    // A slow start (10 in the first minute), then 60 in the last 20 s: 180 a minute.
    const samples = [
      { at: T0 + 60_000, done: 10 },
      { at: T0 + 70_000, done: 40 },
      { at: T0 + 80_000, done: 70 },
    ];
    const figures = jobFigures(job({ done: 70 }), samples, T0 + 80_000);
    expect(figures.perMinute).toBeCloseTo(180);
    // 130 left at 3 a second.
    expect(figures.secondsLeft).toBe(44);
  });

  it('ignores samples that left the window or span too little time', () => {
    const old = [
      { at: T0, done: 0 },
      { at: T0 + 1000, done: 100 },
    ];
    // Falls back to the whole run: 100 in 100 s → 60 a minute.
    expect(jobFigures(job({ done: 100 }), old, T0 + 100_000).perMinute).toBeCloseTo(60);
  });

  it('says 0 s left and 100 % once completed, with the pace of the whole run', () => {
    const done = job({
      status: 'completed',
      done: 200,
      finishedAt: new Date(T0 + 40_000).toISOString(),
    });
    expect(jobFigures(done, [], T0 + 600_000)).toEqual({
      percent: 100,
      perMinute: 300,
      secondsLeft: 0,
    });
    expect(jobFigures(job({ status: 'completed', total: 0, done: 0 }), [], T0).percent).toBe(100);
  });
});

describe('addSample', () => {
  it('records only moves and forgets what left the window', () => {
    let samples = addSample([], { at: T0, done: 0 });
    samples = addSample(samples, { at: T0 + 1000, done: 0 });
    expect(samples).toHaveLength(1);
    samples = addSample(samples, { at: T0 + 2000, done: 5 });
    expect(samples).toEqual([
      { at: T0, done: 0 },
      { at: T0 + 2000, done: 5 },
    ]);
    samples = addSample(samples, { at: T0 + 40_000, done: 9 });
    expect(samples).toEqual([{ at: T0 + 40_000, done: 9 }]);
  });
});
