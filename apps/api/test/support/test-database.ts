import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * Each e2e file gets a database of its own on the real PostgreSQL server named by
 * DATABASE_URL (scripts/test-all.sh creates a fresh one per run), so files run in parallel
 * without seeing each other's rows.
 */
export function baseDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error(
      'API e2e tests need DATABASE_URL pointing at a PostgreSQL server (pnpm test sets it).',
    );
  }
  return url;
}

export async function createDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const base = new URL(baseDatabaseUrl());
  // Set by global-setup.ts so that global-teardown.ts can find this run's databases.
  const prefix = process.env.MULTAQA_TEST_DATABASE_PREFIX ?? base.pathname.slice(1);
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(base.toString());
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: base.toString() });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}
