interface Pending<In, Out> {
  item: In;
  resolve: (out: Out) => void;
  reject: (error: unknown) => void;
}

/**
 * Batches work per key, as a group commit does: items that arrive while a batch of their key
 * is running wait, then run together as the next batch. An item that finds its key idle runs
 * at once, so nothing waits when traffic is light; under load, many requests share one
 * statement (and one commit) instead of queueing for the database one by one.
 */
export class Batcher<In, Out> {
  private readonly lanes = new Map<string, Pending<In, Out>[]>();

  /**
   * @param run runs a batch; answers in the order of the items
   * @param fits whether an item may join a batch (items that touch the same rows wait for the next)
   * @param weight an item's share of `maxWeight`, the most one batch takes (at least one item)
   */
  constructor(
    private readonly run: (items: In[]) => Promise<Out[]>,
    private readonly fits: (item: In, batch: In[]) => boolean,
    private readonly weight: (item: In) => number,
    private readonly maxWeight: number,
  ) {}

  submit(key: string, item: In): Promise<Out> {
    return new Promise<Out>((resolve, reject) => {
      const waiting = this.lanes.get(key);
      if (waiting) {
        waiting.push({ item, resolve, reject });
        return;
      }
      const lane = [{ item, resolve, reject }];
      this.lanes.set(key, lane);
      void this.drain(key, lane);
    });
  }

  private async drain(key: string, lane: Pending<In, Out>[]): Promise<void> {
    while (lane.length) {
      const batch = this.take(lane);
      try {
        const answers = await this.run(batch.map((p) => p.item));
        batch.forEach((p, i) => p.resolve(answers[i]));
      } catch (error) {
        batch.forEach((p) => p.reject(error));
      }
    }
    this.lanes.delete(key);
  }

  /** The next batch, in arrival order; what does not fit stays in the lane for the one after. */
  private take(lane: Pending<In, Out>[]): Pending<In, Out>[] {
    const batch: Pending<In, Out>[] = [];
    const items: In[] = [];
    let weight = 0;
    for (let i = 0; i < lane.length;) {
      const { item } = lane[i];
      const w = this.weight(item);
      if (batch.length && (weight + w > this.maxWeight || !this.fits(item, items))) {
        i += 1;
        continue;
      }
      batch.push(...lane.splice(i, 1));
      items.push(item);
      weight += w;
    }
    return batch;
  }
}
