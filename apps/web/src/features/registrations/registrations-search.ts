import { REGISTRATION_STATUSES, type RegistrationStatus } from '@multaqa/contract';
import { countryParam, idParam, oneOf, pageParam, textParam } from '../../lib/search-params';

/**
 * The registrations desk's filters, in the event page's URL beside `tab`, so a filtered list can
 * be reloaded, shared and returned to: `/events/…?tab=registrations&status=waitlisted&page=2`.
 */
export interface RegistrationsSearch {
  q?: string;
  status?: RegistrationStatus;
  institutionId?: string;
  nationality?: string;
  page?: number;
}

export function validateRegistrationsSearch(search: Record<string, unknown>): RegistrationsSearch {
  return {
    q: textParam(search.q),
    status: oneOf(REGISTRATION_STATUSES, search.status),
    institutionId: idParam(search.institutionId),
    nationality: countryParam(search.nationality),
    page: pageParam(search.page),
  };
}
