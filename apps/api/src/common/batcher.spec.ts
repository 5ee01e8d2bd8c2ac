import { describe, expect, it } from '@jest/globals';
import { Batcher } from './batcher.js';

/** A batcher whose batches finish when the test says so, recording what each held. */
function controlled(fits = (_: number, __: number[]) => true, maxWeight = 100) {
  const batches: number[][] = [];
  const finish: (() => void)[] = [];
  const batcher = new Batcher<number, string>(
    (items) => {
      batches.push(items);
      if (items.includes(-1)) return Promise.reject(new Error('boom'));
      return new Promise((done) => finish.push(() => done(items.map((n) => `answer ${n}`))));
    },
    fits,
    (n) => Math.abs(n),
    maxWeight,
  );
  const settle = () => new Promise((r) => setImmediate(r));
  return { batcher, batches, finish, settle };
}

describe('Batcher', () => {
  it('runs the first item at once and the items that arrive meanwhile as one batch', async () => {
    const { batcher, batches, finish, settle } = controlled();
    const first = batcher.submit('k', 1);
    expect(batches).toEqual([[1]]);
    const rest = [2, 3, 4].map((n) => batcher.submit('k', n));
    finish.shift()!();
    expect(await first).toBe('answer 1');
    await settle();
    expect(batches).toEqual([[1], [2, 3, 4]]);
    finish.shift()!();
    expect(await Promise.all(rest)).toEqual(['answer 2', 'answer 3', 'answer 4']);
  });

  it('keeps keys apart', async () => {
    const { batcher, batches } = controlled();
    void batcher.submit('a', 1);
    void batcher.submit('b', 2);
    expect(batches).toEqual([[1], [2]]);
  });

  it('leaves what does not fit, or would exceed the weight, for a later batch', async () => {
    const { batcher, batches, finish, settle } = controlled(
      (item, batch) => !batch.includes(item),
      10,
    );
    const all = [1, 5, 5, 6, 3].map((n) => batcher.submit('k', n));
    for (let i = 0; i < 6 && finish.length; i += 1) {
      finish.shift()!();
      await settle();
    }
    await Promise.all(all);
    // 5 again does not fit beside 5; 6 would weigh 11 beside either 5; 3 joins the first 5.
    expect(batches).toEqual([[1], [5, 3], [5], [6]]);
  });

  it('rejects only the items of a batch that failed', async () => {
    const { batcher, finish, settle } = controlled();
    const first = batcher.submit('k', 1);
    const failing = batcher.submit('k', -1);
    const failed = expect(failing).rejects.toThrow('boom');
    finish.shift()!();
    await first;
    await failed;
    const after = batcher.submit('k', 2);
    await settle();
    finish.shift()!();
    expect(await after).toBe('answer 2');
  });
});
