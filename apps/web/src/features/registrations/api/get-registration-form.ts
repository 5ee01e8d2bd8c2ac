import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { registrationKeys } from './query-keys';

/** GET /api/events/:eventId/registration-form → mode, approval, questions. */
export function registrationFormQueryOptions(eventId: string) {
  return queryOptions({
    queryKey: registrationKeys.form(eventId),
    queryFn: () =>
      unwrap(api.GET('/api/events/{eventId}/registration-form', { params: { path: { eventId } } })),
  });
}
