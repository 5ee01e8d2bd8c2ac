import { queryOptions } from '@tanstack/react-query';
import type { Language } from '@multaqa/contract';
import { api, unwrap } from '../../../lib/api-client';

/** GET /api/public/events/:id (no sign-in) → sessions with speakers and partners, never participants. */
export function getPublicEvent(id: string) {
  return unwrap(api.GET('/api/public/events/{id}', { params: { path: { id } } }));
}

export function publicEventQueryOptions(id: string) {
  return queryOptions({
    queryKey: ['public-events', 'detail', id],
    queryFn: () => getPublicEvent(id),
  });
}

/** GET /api/public/events/:id/calendar.ics?lang= — a file the browser downloads. */
export function calendarUrl(id: string, lang: Language): string {
  return `/api/public/events/${encodeURIComponent(id)}/calendar.ics?lang=${lang}`;
}
