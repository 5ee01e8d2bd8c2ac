import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options.js';
import { schemaDrift } from '../src/database/schema-drift.js';
import { createDatabase } from './support/test-database.js';

describe('migrations', () => {
  let dataSource: DataSource;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const database = await createDatabase();
    drop = database.drop;
    dataSource = new DataSource(dataSourceOptions({ url: database.url, poolSize: 2 }));
    await dataSource.initialize();
    await dataSource.runMigrations();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await drop();
  });

  it('agree with the entities (no drift): a schema change needs a migration', async () => {
    const { up } = await schemaDrift(dataSource);
    expect(up).toEqual([]);
  });

  it('undo cleanly, then apply again', async () => {
    const applied = (await dataSource.query('SELECT count(*)::int AS n FROM migrations'))[0]
      .n as number;
    for (let i = 0; i < applied; i += 1) await dataSource.undoLastMigration();
    const tables = await dataSource.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'`,
    );
    expect(tables).toEqual([]);
    await dataSource.runMigrations();
    expect((await schemaDrift(dataSource)).up).toEqual([]);
  });
});
