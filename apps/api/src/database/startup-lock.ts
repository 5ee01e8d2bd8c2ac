import type { DataSource } from 'typeorm';

/**
 * Several processes of one build start together on one database (two API replicas and a
 * worker, docker-compose.yml): migrations and the first data must run in one of them at a
 * time. A session advisory lock on a connection of its own serialises them; PGlite serves a
 * single connection to a single process, so it needs none (and a held connection would block).
 */
export async function withStartupLock<T>(
  db: DataSource,
  name: string,
  work: () => Promise<T>,
): Promise<T> {
  const poolSize = (db.options as { extra?: { max?: number } }).extra?.max ?? 10;
  if (poolSize <= 1) return work();
  const runner = db.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock(hashtext($1))', [`multaqa:${name}`]);
    try {
      return await work();
    } finally {
      await runner.query('SELECT pg_advisory_unlock(hashtext($1))', [`multaqa:${name}`]);
    }
  } finally {
    await runner.release();
  }
}
