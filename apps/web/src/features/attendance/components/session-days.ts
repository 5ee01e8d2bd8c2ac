import { zonedDate } from '../../../lib/time-zone';

interface Dated {
  startsAt: string;
  endsAt: string;
  timeZone: string;
}

/**
 * Today's sessions first (today on the venue's clock, not the reader's), then those to come,
 * then the ones already over; each group in time order, the latest past session first.
 */
export function splitByDay<T extends Dated>(
  sessions: readonly T[],
  now: Date = new Date(),
): { today: T[]; upcoming: T[]; past: T[] } {
  const byStart = (a: T, b: T) => Date.parse(a.startsAt) - Date.parse(b.startsAt);
  const today: T[] = [];
  const upcoming: T[] = [];
  const past: T[] = [];
  for (const session of sessions) {
    const day = zonedDate(session.startsAt, session.timeZone);
    const todayThere = zonedDate(now.toISOString(), session.timeZone);
    if (day === todayThere) today.push(session);
    else if (day > todayThere) upcoming.push(session);
    else past.push(session);
  }
  return {
    today: today.sort(byStart),
    upcoming: upcoming.sort(byStart),
    past: past.sort(byStart).reverse(),
  };
}
