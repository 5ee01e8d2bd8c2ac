import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';

/**
 * GET /api/public/events/:eventId/registration-form (no sign-in) → whether registration is open
 * (and why not), the mode (open or by invitation code) and the event's own questions.
 */
export function getPublicRegistrationForm(eventId: string) {
  return unwrap(
    api.GET('/api/public/events/{eventId}/registration-form', {
      params: { path: { eventId } },
    }),
  );
}

export function publicRegistrationFormQueryOptions(eventId: string) {
  return queryOptions({
    queryKey: ['public-registration-form', eventId],
    queryFn: () => getPublicRegistrationForm(eventId),
  });
}

/**
 * GET /api/public/events/:id for the page's heading. Same key as the public event page, so
 * coming from there costs no second request.
 */
export function publicEventTitleQueryOptions(id: string) {
  return queryOptions({
    queryKey: ['public-events', 'detail', id],
    queryFn: () => unwrap(api.GET('/api/public/events/{id}', { params: { path: { id } } })),
  });
}
