import { randomBytes } from 'node:crypto';

/**
 * Names this jest run: its databases are `<DATABASE_URL's database>_<run>_<file>`
 * (test-database.ts), so global-teardown.ts drops exactly this run's, even when two runs
 * share one DATABASE_URL. The workers inherit the variable. (Jest loads this file without the
 * config's module mapping, so it imports nothing of ours.)
 */
export default function globalSetup(): void {
  const url = process.env.DATABASE_URL;
  if (!url) return;
  const base = new URL(url).pathname.slice(1);
  process.env.MULTAQA_TEST_DATABASE_PREFIX = `${base}_${randomBytes(3).toString('hex')}`;
}
