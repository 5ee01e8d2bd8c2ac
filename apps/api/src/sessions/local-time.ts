import { DateTime } from 'luxon';

/** The instant at which a wall-clock date and time occur in an IANA zone. */
export function toInstant(date: string, time: string, zone: string): Date {
  return DateTime.fromISO(`${date}T${time}`, { zone }).toJSDate();
}

/** The wall-clock date and time of an instant in an IANA zone. */
export function toLocal(instant: Date, zone: string): { date: string; time: string } {
  const local = DateTime.fromJSDate(instant, { zone });
  return { date: local.toISODate()!, time: local.toFormat('HH:mm') };
}

/** Every calendar date from start to end, inclusive (YYYY-MM-DD). */
export function datesBetween(start: string, end: string): string[] {
  const dates: string[] = [];
  for (
    let d = DateTime.fromISO(start, { zone: 'UTC' });
    d.toISODate()! <= end;
    d = d.plus({ days: 1 })
  ) {
    dates.push(d.toISODate()!);
  }
  return dates;
}

export function shiftDate(date: string, days: number): string {
  return DateTime.fromISO(date, { zone: 'UTC' }).plus({ days }).toISODate()!;
}

export function daysBetween(from: string, to: string): number {
  return Math.round(
    DateTime.fromISO(to, { zone: 'UTC' }).diff(DateTime.fromISO(from, { zone: 'UTC' }), 'days')
      .days,
  );
}
