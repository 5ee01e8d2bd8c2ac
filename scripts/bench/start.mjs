// Seconds from `pnpm start` to the first page (GET / answering index.html) on the embedded
// PGlite database, as the README's first command runs it: fresh (nothing built, no database),
// then a restart with unchanged sources, then the server alone (node apps/api/dist/main.js).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from './server.mjs';

const root = resolve(import.meta.dirname, '../..');
const BUILT = ['packages/contract', 'apps/web', 'apps/api'];

async function firstPage(command, args, dataDir) {
  const port = await freePort();
  const started = performance.now();
  // A process group of its own, so that stopping it stops pnpm and the server it started.
  const child = spawn(command, args, {
    cwd: root,
    detached: true,
    stdio: 'ignore',
    env: { ...process.env, DATABASE_URL: '', PGLITE_DATA_DIR: dataDir, PORT: String(port) },
  });
  const exited = new Promise((done) => child.once('exit', done));
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`${command} ${args.join(' ')} exited`);
      if (performance.now() - started > 300_000) throw new Error('no page after 300 s');
      const res = await fetch(`http://127.0.0.1:${port}/`).catch(() => null);
      if (res?.ok && (await res.text()).includes('<div id="root">'))
        return +((performance.now() - started) / 1000).toFixed(1);
      await new Promise((r) => setTimeout(r, 100));
    }
  } finally {
    process.kill(-child.pid, 'SIGTERM');
    await exited;
  }
}

export async function run() {
  const dataDir = mkdtempSync(join(tmpdir(), 'multaqa-start-'));
  try {
    for (const dir of BUILT) rmSync(join(root, dir, 'dist'), { recursive: true, force: true });
    const fresh = await firstPage('pnpm', ['start'], dataDir);
    const restart = await firstPage('pnpm', ['start'], dataDir);
    const serverAlone = await firstPage(process.execPath, ['apps/api/dist/main.js'], dataDir);
    console.log(JSON.stringify({ secondsToFirstPage: { fresh, restart, serverAlone } }, null, 2));
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
