import type { Language } from '@multaqa/contract';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, unwrap, type QueryParams } from '../../../lib/api-client';
import { registrationKeys } from './query-keys';

export type ListRegistrationsParams = QueryParams<'/api/events/{eventId}/registrations', 'get'>;

export const REGISTRATIONS_PAGE_SIZE = 25;

/** GET /api/events/:eventId/registrations → a page of registrations with their participant. */
export function listRegistrations(eventId: string, query: ListRegistrationsParams) {
  return unwrap(
    api.GET('/api/events/{eventId}/registrations', { params: { path: { eventId }, query } }),
  );
}

export function listRegistrationsQueryOptions(eventId: string, query: ListRegistrationsParams) {
  return queryOptions({
    queryKey: registrationKeys.list(eventId, query),
    queryFn: () => listRegistrations(eventId, query),
    placeholderData: keepPreviousData,
  });
}

/**
 * GET /api/events/:eventId/registrations/export.xlsx — a file the browser downloads. A link sends
 * the browser's language, not the page's: `lang` asks for the sheet in the language on screen.
 */
export function registrationsExportUrl(eventId: string, lang: Language): string {
  return `/api/events/${encodeURIComponent(eventId)}/registrations/export.xlsx?lang=${lang}`;
}
