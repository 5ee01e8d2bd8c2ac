import type { LocalizedText } from '@multaqa/contract';

export interface PlanModule {
  id: string;
  title: LocalizedText;
  hours: number;
}

export interface PlannedSession {
  moduleId: string;
  title: LocalizedText;
  date: string;
  startTime: string;
  endTime: string;
}

export interface DayPlan {
  dayStart: string;
  breakStart: string;
  breakEnd: string;
  dayEnd: string;
}

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const clock = (m: number) =>
  `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/**
 * Spreads the modules' hours, in order, over the days' teaching blocks (before and after the
 * break). A module longer than a block continues in the next one. Returns the sessions and
 * the minutes that did not fit, which the coordinator then places by hand.
 */
export function planSessions(
  modules: PlanModule[],
  days: string[],
  plan: DayPlan,
): { sessions: PlannedSession[]; unplacedMinutes: number } {
  const blocks = days.flatMap((date) =>
    [
      [minutes(plan.dayStart), minutes(plan.breakStart)],
      [minutes(plan.breakEnd), minutes(plan.dayEnd)],
    ]
      .filter(([from, to]) => to > from)
      .map(([from, to]) => ({ date, from, to })),
  );
  const sessions: PlannedSession[] = [];
  let blockIndex = 0;
  let unplacedMinutes = 0;
  for (const module of modules) {
    let remaining = Math.round(module.hours * 60);
    while (remaining > 0 && blockIndex < blocks.length) {
      const block = blocks[blockIndex];
      const length = Math.min(remaining, block.to - block.from);
      sessions.push({
        moduleId: module.id,
        title: module.title,
        date: block.date,
        startTime: clock(block.from),
        endTime: clock(block.from + length),
      });
      block.from += length;
      remaining -= length;
      if (block.from >= block.to) blockIndex += 1;
    }
    unplacedMinutes += remaining;
  }
  return { sessions, unplacedMinutes };
}
