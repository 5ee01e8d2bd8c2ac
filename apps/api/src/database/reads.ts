import type { EntityManager } from 'typeorm';

type Reads<T extends readonly unknown[]> = { [K in keyof T]: () => T[K] | Promise<T[K]> };

/**
 * Independent reads: together on the pool, one after another on a transaction's manager. A
 * transaction has a single connection, which takes one query at a time: pg 8 queues the rest
 * with a deprecation warning, and pg 9 refuses them.
 */
export async function readAll<T extends readonly unknown[]>(
  manager: EntityManager,
  reads: Reads<T>,
): Promise<T> {
  if (!manager.queryRunner) return (await Promise.all(reads.map((read) => read()))) as unknown as T;
  const results: unknown[] = [];
  for (const read of reads) results.push(await read());
  return results as unknown as T;
}
