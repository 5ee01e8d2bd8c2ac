import type { Job } from '@multaqa/contract';

/** A moment at which the page saw how far the job was. */
export interface ProgressSample {
  at: number;
  done: number;
}

export interface JobFigures {
  /** 0–100. */
  percent: number;
  /** Items per minute, null until it can be told (nothing done yet, or too early). */
  perMinute: number | null;
  /** Seconds until the end at that pace, null when unknown; 0 once finished. */
  secondsLeft: number | null;
}

/** Samples closer together than this say nothing reliable about a pace. */
const MIN_SPAN_MS = 2_000;
/** The pace is read over the last half-minute the page watched, so a slow start fades out. */
export const RATE_WINDOW_MS = 30_000;

/**
 * The pace over the samples of the last RATE_WINDOW_MS (what the page watched), else over the
 * whole run since the job started (after a reload the page has watched nothing yet).
 */
function itemsPerMs(job: Job, samples: readonly ProgressSample[], now: number): number | null {
  const recent = samples.filter((s) => s.at >= now - RATE_WINDOW_MS);
  if (recent.length >= 2) {
    const first = recent[0];
    const last = recent[recent.length - 1];
    const span = last.at - first.at;
    if (span >= MIN_SPAN_MS && last.done > first.done) return (last.done - first.done) / span;
  }
  if (!job.startedAt || job.done <= 0) return null;
  const end = job.finishedAt ? Date.parse(job.finishedAt) : now;
  const span = end - Date.parse(job.startedAt);
  return span >= MIN_SPAN_MS || job.finishedAt ? job.done / Math.max(span, 1) : null;
}

/** Done of total as a percentage, the pace per minute and the time left at that pace. */
export function jobFigures(job: Job, samples: readonly ProgressSample[], now: number): JobFigures {
  const percent =
    job.total > 0
      ? Math.min(100, Math.round((job.done / job.total) * 100))
      : job.status === 'completed'
        ? 100
        : 0;
  const rate = itemsPerMs(job, samples, now);
  const perMinute = rate === null ? null : rate * 60_000;
  const finished = job.status === 'completed' || job.done >= job.total;
  const secondsLeft = finished
    ? 0
    : rate === null || rate <= 0
      ? null
      : Math.ceil((job.total - job.done) / rate / 1000);
  return { percent, perMinute, secondsLeft };
}

/** Keeps the samples the pace needs: appends when `done` moved, drops what left the window. */
export function addSample(
  samples: readonly ProgressSample[],
  sample: ProgressSample,
): ProgressSample[] {
  const last = samples[samples.length - 1];
  const kept = samples.filter((s) => s.at >= sample.at - RATE_WINDOW_MS);
  if (last && last.done === sample.done) return kept;
  return [...kept, sample];
}
