import { pageParam, textParam } from '../../../lib/search-params';

/** The public list's state in the URL: `/e?q=…&page=…`. */
export interface PublicEventsSearch {
  q?: string;
  page?: number;
}

export function validatePublicEventsSearch(search: Record<string, unknown>): PublicEventsSearch {
  return { q: textParam(search.q), page: pageParam(search.page) };
}
