import { countryParam, idParam, pageParam, textParam } from '../../../lib/search-params';

/** The list's state in the URL: `/participants?q=…&institutionId=…&nationality=…&page=…`. */
export interface ParticipantsSearch {
  q?: string;
  institutionId?: string;
  nationality?: string;
  sort?: 'name' | 'createdAt';
  page?: number;
}

export function validateParticipantsSearch(search: Record<string, unknown>): ParticipantsSearch {
  return {
    q: textParam(search.q),
    institutionId: idParam(search.institutionId),
    nationality: countryParam(search.nationality),
    sort: search.sort === 'createdAt' ? 'createdAt' : undefined,
    page: pageParam(search.page),
  };
}

/** `/participants/import?eventId=…`: import the people straight into that event's registrations. */
export interface ParticipantsImportSearch {
  eventId?: string;
}

export function validateParticipantsImportSearch(
  search: Record<string, unknown>,
): ParticipantsImportSearch {
  return { eventId: idParam(search.eventId) };
}
