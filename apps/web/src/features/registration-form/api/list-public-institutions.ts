import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';

/**
 * GET /api/public/institutions?country= (no sign-in) → the country's institutions (id, name,
 * parent, country), for the form's picker; searched in the page, as a country has few.
 */
export function publicInstitutionsQueryOptions(country: string) {
  return queryOptions({
    queryKey: ['public-institutions', country],
    queryFn: () => unwrap(api.GET('/api/public/institutions', { params: { query: { country } } })),
    staleTime: 5 * 60_000,
  });
}
