import pg from 'pg';

/**
 * Drops every database of this jest run (`<prefix>_…`, see global-setup.ts), including those
 * of files that failed before their afterAll or were stopped by a timeout.
 */
export default async function globalTeardown(): Promise<void> {
  const prefix = process.env.MULTAQA_TEST_DATABASE_PREFIX;
  const url = process.env.DATABASE_URL;
  if (!prefix || !url) return;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE left(datname, length($1) + 1) = $1 || '_'",
      [prefix],
    );
    for (const { datname } of rows) {
      await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
  } finally {
    await client.end();
  }
}
