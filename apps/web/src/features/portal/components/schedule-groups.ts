import type { MySchedule } from '@multaqa/contract';
import { zonedDate } from '../../../lib/time-zone';

export type ScheduleSession = MySchedule[number];

export interface ScheduleDay {
  /** `YYYY-MM-DD` on the event's own calendar. */
  date: string;
  sessions: ScheduleSession[];
}

export interface ScheduleEvent {
  eventId: string;
  eventTitle: ScheduleSession['eventTitle'];
  timeZone: string;
  days: ScheduleDay[];
}

/**
 * Sessions grouped by event, then by day on the event's calendar (a session at 01:00 in
 * Mogadishu belongs to that day there, whatever the reader's zone). Events come in the order of
 * their first session, days and sessions in time order.
 */
export function groupSchedule(items: readonly ScheduleSession[]): ScheduleEvent[] {
  const sorted = [...items].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  const events = new Map<string, ScheduleEvent>();
  for (const session of sorted) {
    let event = events.get(session.eventId);
    if (!event) {
      event = {
        eventId: session.eventId,
        eventTitle: session.eventTitle,
        timeZone: session.timeZone,
        days: [],
      };
      events.set(session.eventId, event);
    }
    const date = zonedDate(session.startsAt, event.timeZone);
    const last = event.days.at(-1);
    if (last?.date === date) last.sessions.push(session);
    else event.days.push({ date, sessions: [session] });
  }
  return [...events.values()];
}

export type AttendanceShown = 'present' | 'late' | 'excused' | 'absent' | 'notYet' | 'notRecorded';

/** What the person sees for one session: their record, or whether it is still to come. */
export function attendanceShown(session: ScheduleSession, now: number): AttendanceShown {
  if (session.attendance) return session.attendance.status;
  return Date.parse(session.endsAt) > now ? 'notYet' : 'notRecorded';
}
