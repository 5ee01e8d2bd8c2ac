/**
 * Places sessions of one day side by side: sessions that overlap in time get different lanes,
 * and every session of an overlapping group knows how many lanes the group needs.
 */
export interface TimedItem {
  id: string;
  /** Local `HH:MM` in the event's zone. */
  startTime: string;
  endTime: string;
}

export interface PlacedItem<T extends TimedItem> {
  item: T;
  /** Minutes since local midnight. */
  start: number;
  end: number;
  /** 0-based lane within its group. */
  lane: number;
  /** Lanes in the group of overlapping sessions this one belongs to. */
  lanes: number;
  /** Index of the group (sessions that overlap, directly or through others). */
  group: number;
}

/** Minutes since midnight as a local time "HH:MM". */
export function timeOfMinutes(minutes: number): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

export function minutesOf(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return (h || 0) * 60 + (m || 0);
}

export function layoutDay<T extends TimedItem>(items: readonly T[]): PlacedItem<T>[] {
  const sorted = items
    .map((item) => ({ item, start: minutesOf(item.startTime), end: minutesOf(item.endTime) }))
    .sort((a, b) => a.start - b.start || b.end - a.end || a.item.id.localeCompare(b.item.id));

  const placed: PlacedItem<T>[] = [];
  let group: PlacedItem<T>[] = [];
  let laneEnds: number[] = [];
  let groupEnd = -1;
  let groupIndex = -1;

  const closeGroup = () => {
    for (const p of group) p.lanes = laneEnds.length;
    group = [];
    laneEnds = [];
  };

  for (const entry of sorted) {
    if (entry.start >= groupEnd) {
      closeGroup();
      groupIndex += 1;
    }
    let lane = laneEnds.findIndex((end) => end <= entry.start);
    if (lane === -1) {
      lane = laneEnds.length;
      laneEnds.push(entry.end);
    } else {
      laneEnds[lane] = entry.end;
    }
    const p: PlacedItem<T> = { ...entry, lane, lanes: 1, group: groupIndex };
    group.push(p);
    placed.push(p);
    groupEnd = Math.max(groupEnd, entry.end);
  }
  closeGroup();
  return placed;
}

/** Groups sessions by their local date, one entry per day of `dates` plus any date outside them. */
export function groupByDay<T extends TimedItem & { date: string }>(
  dates: readonly string[],
  items: readonly T[],
): { date: string; items: PlacedItem<T>[] }[] {
  const byDate = new Map<string, T[]>(dates.map((date) => [date, []]));
  for (const item of items) {
    const list = byDate.get(item.date);
    if (list) list.push(item);
    else byDate.set(item.date, [item]);
  }
  return [...byDate.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, dayItems]) => ({ date, items: layoutDay(dayItems) }));
}

/** The hours a timetable shows: at least 08:00–18:00, widened to fit every session. */
export function visibleHours(items: readonly TimedItem[]): { from: number; to: number } {
  let from = 8 * 60;
  let to = 18 * 60;
  for (const item of items) {
    from = Math.min(from, minutesOf(item.startTime));
    to = Math.max(to, minutesOf(item.endTime));
  }
  return { from: Math.floor(from / 60) * 60, to: Math.min(24 * 60, Math.ceil(to / 60) * 60) };
}
