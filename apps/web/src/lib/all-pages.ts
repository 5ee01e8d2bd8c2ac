import type { Page } from '@multaqa/contract';

/**
 * Every item of a paged list, for pickers that sort and search in the browser: the first page
 * says how many there are, the rest are fetched together.
 */
export async function allPages<T>(fetchPage: (page: number) => Promise<Page<T>>): Promise<T[]> {
  const first = await fetchPage(1);
  const count = Math.ceil(first.total / first.pageSize);
  const rest = await Promise.all(Array.from({ length: count - 1 }, (_, i) => fetchPage(i + 2)));
  return [first, ...rest].flatMap((page) => page.items);
}
