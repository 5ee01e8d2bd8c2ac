import type { DataSourceOptions } from 'typeorm';
import { entities } from './entities.js';
import { migrations } from './migrations/index.js';

export interface ConnectionTarget {
  url: string;
  /** PGlite serves one connection at a time; see embedded-postgres.ts. */
  poolSize: number;
}

export function dataSourceOptions(target: ConnectionTarget): DataSourceOptions {
  return {
    type: 'postgres',
    url: target.url,
    // gen_random_uuid() is built into PostgreSQL 13+ and PGlite; uuid-ossp is not in PGlite.
    uuidExtension: 'pgcrypto',
    entities,
    migrations,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    synchronize: false,
    extra: { max: target.poolSize },
  };
}
