import type { Event } from '@multaqa/contract';
import { HistoryTable } from './history-table';

/** The event page's "History" tab (admins): changes to the event and everything in it. */
export function EventHistoryTab({ event }: { event: Event }) {
  return <HistoryTable scope="event" id={event.id} timeZone={event.timeZone} />;
}
