/** The public list's state in the URL: `/e?q=…&page=…`. */
export interface PublicEventsSearch {
  q?: string;
  page?: number;
}

export function validatePublicEventsSearch(search: Record<string, unknown>): PublicEventsSearch {
  const page = Number(search.page);
  const q = typeof search.q === 'string' ? search.q.trim().slice(0, 200) : '';
  return { q: q || undefined, page: Number.isInteger(page) && page > 1 ? page : undefined };
}
