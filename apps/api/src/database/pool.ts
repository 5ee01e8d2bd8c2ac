import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';

/** The pg pool under TypeORM's data source, for the few paths that talk to it directly. */
export const pgPool = (db: DataSource): Pool => (db.driver as unknown as { master: Pool }).master;

/**
 * A named prepared statement on the hot paths (every signed-in request, every scan):
 * PostgreSQL parses and plans it once per pooled connection instead of at every call, and the
 * rows come back plain, without an entity to hydrate.
 */
export async function preparedQuery<T>(
  db: DataSource,
  name: string,
  text: string,
  values: unknown[],
): Promise<T[]> {
  return (await pgPool(db).query({ name, text, values })).rows as T[];
}
