import { describe, expect, it } from 'vitest';
import { allPages } from './all-pages';

describe('allPages', () => {
  it('fetches every page a list has, in order', async () => {
    const items = Array.from({ length: 250 }, (_, i) => i);
    const asked: number[] = [];
    const all = await allPages(async (page) => {
      asked.push(page);
      return { items: items.slice((page - 1) * 100, page * 100), total: 250, page, pageSize: 100 };
    });
    expect(all).toEqual(items);
    expect(asked.sort()).toEqual([1, 2, 3]);
  });

  it('asks once when everything fits on the first page', async () => {
    let calls = 0;
    const all = await allPages(async (page) => {
      calls += 1;
      return { items: ['only'], total: 1, page, pageSize: 100 };
    });
    expect(all).toEqual(['only']);
    expect(calls).toBe(1);
  });
});
