import type { Language } from '@multaqa/contract';
import { zonedDate } from '../../../lib/time-zone';

/**
 * When a record was taken, on the event's clock: the time alone on the session's day, the date
 * too when it was taken (or synced with its original time) on another day.
 */
export function formatTakenAt(
  takenAt: string,
  sessionStartsAt: string,
  lang: Language,
  timeZone: string,
): string {
  const sameDay = zonedDate(takenAt, timeZone) === zonedDate(sessionStartsAt, timeZone);
  return new Intl.DateTimeFormat(lang, {
    ...(sameDay ? {} : { dateStyle: 'medium' }),
    timeStyle: 'short',
    timeZone,
  }).format(new Date(takenAt));
}
