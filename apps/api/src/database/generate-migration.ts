import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options.js';
import { schemaDrift } from './schema-drift.js';

/**
 * Writes a migration with the SQL that brings a migrated database in line with the entities.
 * Usage (from apps/api, with DATABASE_URL pointing at a scratch database):
 *   pnpm migration:generate AddEvents
 */
async function main(): Promise<void> {
  const name = process.argv[2];
  const url = process.env.DATABASE_URL;
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name) || !url) {
    throw new Error('Usage: DATABASE_URL=postgres://… pnpm migration:generate PascalCaseName');
  }
  const dataSource = new DataSource(dataSourceOptions({ url, poolSize: 1 }));
  await dataSource.initialize();
  await dataSource.runMigrations();
  const { up, down } = await schemaDrift(dataSource);
  await dataSource.destroy();
  if (up.length === 0) {
    console.log('Entities and migrations agree; nothing to generate.');
    return;
  }
  const timestamp = Date.now();
  const className = `${name}${timestamp}`;
  const lines = (queries: string[]) =>
    queries
      .map((q) => `    await queryRunner.query(\`${q.replace(/[`\\]|\$\{/g, (m) => `\\${m}`)}\`);`)
      .join('\n');
  const file = resolve(
    import.meta.dirname,
    '../../src/database/migrations',
    `${timestamp}-${name}.ts`,
  );
  writeFileSync(
    file,
    `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${lines(up)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${lines(down)}
  }
}
`,
  );
  console.log(`Wrote ${file}; add ${className} to src/database/migrations/index.ts.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
