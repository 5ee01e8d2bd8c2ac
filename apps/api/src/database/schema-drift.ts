import type { DataSource } from 'typeorm';

/** The SQL TypeORM would run to make the database match the entities: empty when they agree. */
export async function schemaDrift(
  dataSource: DataSource,
): Promise<{ up: string[]; down: string[] }> {
  const sql = await dataSource.driver.createSchemaBuilder().log();
  return {
    up: sql.upQueries.map((q) => q.query),
    down: sql.downQueries.map((q) => q.query).reverse(),
  };
}
