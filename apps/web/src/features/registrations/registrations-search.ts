import { REGISTRATION_STATUSES, type RegistrationStatus } from '@multaqa/contract';

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

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function validateRegistrationsSearch(search: Record<string, unknown>): RegistrationsSearch {
  const q = typeof search.q === 'string' ? search.q.trim().slice(0, 200) : '';
  const nationality =
    typeof search.nationality === 'string' ? search.nationality.toUpperCase() : '';
  const page = Number(search.page);
  return {
    q: q || undefined,
    status: REGISTRATION_STATUSES.find((s) => s === search.status),
    institutionId:
      typeof search.institutionId === 'string' && UUID.test(search.institutionId)
        ? search.institutionId
        : undefined,
    nationality: /^[A-Z]{2}$/.test(nationality) ? nationality : undefined,
    page: Number.isInteger(page) && page > 1 ? page : undefined,
  };
}
