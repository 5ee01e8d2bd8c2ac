import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ProblemError } from '../lib/problem';
import { prefetch, useData } from './data';

let n = 0;
const key = () => ['test', (n += 1)];
const notFound = () =>
  new ProblemError({
    type: 'about:blank',
    title: 'Not found',
    status: 404,
    code: 'x',
    detail: 'No.',
  });

describe('the public pages’ data cache', () => {
  it('asks once for what a prefetch and two readers want, and gives both the answer', async () => {
    const queryKey = key();
    const queryFn = vi.fn().mockResolvedValue({ title: 'Niamey' });
    prefetch({ queryKey, queryFn });
    const first = renderHook(() => useData({ queryKey, queryFn }));
    const second = renderHook(() => useData({ queryKey, queryFn }));
    expect(first.result.current.isPending).toBe(true);
    await waitFor(() => expect(first.result.current.data).toEqual({ title: 'Niamey' }));
    expect(second.result.current.data).toEqual({ title: 'Niamey' });
    expect(queryFn).toHaveBeenCalledTimes(1);
  });

  it('does not retry a client error, and asks again on refetch', async () => {
    const queryKey = key();
    const queryFn = vi.fn().mockRejectedValueOnce(notFound()).mockResolvedValueOnce('found');
    const { result } = renderHook(() => useData({ queryKey, queryFn }));
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(queryFn).toHaveBeenCalledTimes(1);
    act(() => result.current.refetch());
    await waitFor(() => expect(result.current.data).toBe('found'));
    expect(result.current.isError).toBe(false);
  });
});
