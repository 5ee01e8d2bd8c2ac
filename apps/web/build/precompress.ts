import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

const COMPRESSIBLE = /\.(js|css|html|json|svg|txt|map)$/;
/** Below this, the headers cost more than the bytes saved. */
const MIN_BYTES = 1024;

async function* filesUnder(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else if (COMPRESSIBLE.test(entry.name)) yield path;
  }
}

/** Writes `file.br` and `file.gz` beside each text file under `outDir` (1 KiB or more). */
export async function compressDir(outDir: string): Promise<void> {
  const jobs: Promise<void>[] = [];
  for await (const path of filesUnder(outDir)) {
    jobs.push(
      readFile(path).then(async (data) => {
        if (data.length < MIN_BYTES) return;
        const [br, gzipped] = await Promise.all([
          brotli(data, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
              [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
            },
          }),
          gz(data, { level: constants.Z_BEST_COMPRESSION }),
        ]);
        await Promise.all([writeFile(`${path}.br`, br), writeFile(`${path}.gz`, gzipped)]);
      }),
    );
  }
  await Promise.all(jobs);
}

/**
 * Writes `file.br` and `file.gz` beside each text file of the build, at the strongest levels,
 * once: the server then sends them as they are (express-static-gzip) instead of compressing
 * every response, or, as before, sending JavaScript uncompressed to phones. `before` runs first
 * (the public pages' own build, which writes into the same folder: see build/public-entry.ts).
 */
export function precompress(outDir: string, before?: () => Promise<void>): Plugin {
  return {
    name: 'multaqa:precompress',
    apply: 'build',
    async closeBundle() {
      await before?.();
      await compressDir(outDir);
    },
  };
}
