import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource, type EntityManager } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options.js';
import { readAll } from '../src/database/reads.js';
import { createDatabase } from './support/test-database.js';

describe('readAll', () => {
  let dataSource: DataSource;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const database = await createDatabase();
    drop = database.drop;
    dataSource = new DataSource(dataSourceOptions({ url: database.url, poolSize: 3 }));
    await dataSource.initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await drop();
  });

  /** Three reads that note how many of them are running at once. */
  function reads(manager: EntityManager) {
    const seen = { running: 0, most: 0 };
    const read = (n: number) => async () => {
      seen.running += 1;
      seen.most = Math.max(seen.most, seen.running);
      const [row] = await manager.query('SELECT $1::int AS n, pg_sleep(0.02)', [n]);
      seen.running -= 1;
      return row.n as number;
    };
    return { seen, reads: [read(1), read(2), read(3)] as const };
  }

  it('runs reads on the pool together', async () => {
    const { seen, reads: three } = reads(dataSource.manager);
    await expect(readAll(dataSource.manager, three)).resolves.toEqual([1, 2, 3]);
    expect(seen.most).toBe(3);
  });

  it("runs a transaction's reads one after another, on its one connection", async () => {
    await dataSource.transaction(async (tx) => {
      const { seen, reads: three } = reads(tx);
      await expect(readAll(tx, three)).resolves.toEqual([1, 2, 3]);
      expect(seen.most).toBe(1);
    });
  });
});
