/** The list's state in the URL: `/participants?q=…&institutionId=…&nationality=…&page=…`. */
export interface ParticipantsSearch {
  q?: string;
  institutionId?: string;
  nationality?: string;
  sort?: 'name' | 'createdAt';
  page?: number;
}

export function validateParticipantsSearch(search: Record<string, unknown>): ParticipantsSearch {
  const page = Number(search.page);
  const q = typeof search.q === 'string' ? search.q.trim().slice(0, 200) : '';
  const nationality =
    typeof search.nationality === 'string' ? search.nationality.toUpperCase() : '';
  const institutionId =
    typeof search.institutionId === 'string' && /^[0-9a-f-]{36}$/i.test(search.institutionId)
      ? search.institutionId
      : undefined;
  return {
    q: q || undefined,
    institutionId,
    nationality: /^[A-Z]{2}$/.test(nationality) ? nationality : undefined,
    sort: search.sort === 'createdAt' ? 'createdAt' : undefined,
    page: Number.isInteger(page) && page > 1 ? page : undefined,
  };
}

/** `/participants/import?eventId=…`: import the people straight into that event's registrations. */
export interface ParticipantsImportSearch {
  eventId?: string;
}

export function validateParticipantsImportSearch(
  search: Record<string, unknown>,
): ParticipantsImportSearch {
  const eventId =
    typeof search.eventId === 'string' && /^[0-9a-f-]{36}$/i.test(search.eventId)
      ? search.eventId
      : undefined;
  return { eventId };
}
