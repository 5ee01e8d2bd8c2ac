/**
 * Rounding as PostgreSQL's round(numeric, n) does it (half away from zero), so the figures
 * computed in memory read exactly as the SQL that defined them. Sums of scaled decimals are
 * integers, so their means round exactly; attendance rates are floats.
 */

/** round(num / den) half away from zero, for integers num and den > 0. */
export function roundRatio(num: number, den: number): number {
  const whole = Math.floor((2 * Math.abs(num) + den) / (2 * den));
  return num < 0 && whole !== 0 ? -whole : whole;
}

/** Mean of hundredths (pre/post percent) as a percentage to one decimal, null with no values. */
export const meanOfHundredths = (sum: number, count: number): number | null =>
  count === 0 ? null : roundRatio(sum, 10 * count) / 10;

/** Mean of thousandths (ratings) to two decimals, null with no values. */
export const meanOfThousandths = (sum: number, count: number): number | null =>
  count === 0 ? null : roundRatio(sum, 10 * count) / 100;

/** part / whole as a percentage to one decimal, null when whole is 0. */
export const percentOf = (part: number, whole: number): number | null =>
  whole === 0 ? null : roundRatio(1000 * part, whole) / 10;

/**
 * A mean of floats to one decimal. The sum carries float error where PostgreSQL's numeric is
 * exact: a mean that is exactly x.x5 may come out a hair below it, hence the nudge.
 */
export function meanToTenth(sum: number, count: number): number | null {
  if (count === 0) return null;
  const scaled = (Math.abs(sum) / count) * 10;
  const whole = Math.floor(scaled + 0.5 + scaled * 1e-12);
  return (sum < 0 && whole !== 0 ? -whole : whole) / 10;
}

/** A float mean cut to 9 decimals: means equal in numeric sort as equal, as they did in SQL. */
export const sortableMean = (sum: number, count: number): number | null =>
  count === 0 ? null : Math.round((sum / count) * 1e9) / 1e9;
