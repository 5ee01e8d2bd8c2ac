import { type Language, pickLocalized, type PublicEvent } from '@multaqa/contract';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical from 'ical-generator';
import { DateTime } from 'luxon';

/**
 * The programme as an iCalendar file: one VEVENT per session, times written in the event's
 * own zone (TZID) with its VTIMEZONE, so calendars show them right wherever the reader is.
 */
export function eventCalendar(event: PublicEvent, lang: Language, url: string): string {
  const calendar = ical({
    name: pickLocalized(event.title, lang),
    prodId: { company: 'Multaqa', product: 'programme', language: lang.toUpperCase() },
    timezone: { name: event.timeZone, generator: getVtimezoneComponent },
  });
  const place = [
    pickLocalized(event.venue, lang),
    pickLocalized(event.city, lang),
    event.countryCode,
  ]
    .filter(Boolean)
    .join(', ');
  for (const session of event.sessions) {
    const speakers = session.speakers
      .map((s) => (s.affiliation ? `${s.name} (${s.affiliation})` : s.name))
      .join('; ');
    calendar.createEvent({
      id: `${session.id}@multaqa`,
      // ical-generator writes a plain Date's UTC digits; a zoned DateTime gives local ones.
      start: DateTime.fromISO(session.startsAt, { zone: event.timeZone }),
      end: DateTime.fromISO(session.endsAt, { zone: event.timeZone }),
      timezone: event.timeZone,
      summary: pickLocalized(session.title, lang),
      location: [session.room, place].filter(Boolean).join(' — '),
      description: speakers || undefined,
      url,
    });
  }
  return calendar.toString();
}
