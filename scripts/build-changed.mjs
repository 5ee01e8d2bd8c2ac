#!/usr/bin/env node
// `pnpm start`'s build: each package is built only when its inputs changed since its last build.
// A hash of every input file (and of the packages it builds on) is written beside the output;
// a restart with unchanged sources then goes straight to the server. `pnpm build` still builds
// everything.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const STAMP = '.inputs-sha256';
const SHARED = ['package.json', 'pnpm-lock.yaml', 'tsconfig.base.json'];

/** In dependency order: a package's hash includes those of the packages it needs. */
const packages = [
  {
    name: '@multaqa/contract',
    dir: 'packages/contract',
    inputs: ['src', 'package.json', 'tsconfig.json'],
    output: 'dist/index.js',
    needs: [],
  },
  {
    name: '@multaqa/web',
    dir: 'apps/web',
    inputs: ['src', 'build', 'index.html', 'vite.config.ts', 'package.json', 'tsconfig.json'],
    output: 'dist/index.html',
    needs: ['@multaqa/contract'],
  },
  {
    name: '@multaqa/api',
    dir: 'apps/api',
    inputs: ['src', 'package.json', 'tsconfig.json', 'tsconfig.build.json'],
    output: 'dist/main.js',
    needs: ['@multaqa/contract'],
  },
];

function* files(path) {
  if (!existsSync(path)) return;
  const entries = readdirSync(path, { withFileTypes: true });
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const full = join(path, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else yield full;
  }
}

function hashOf(pkg, hashes) {
  const hash = createHash('sha256');
  for (const need of pkg.needs) hash.update(`${need}:${hashes.get(need)}\n`);
  const paths = [
    ...SHARED.map((p) => join(root, p)),
    ...pkg.inputs.flatMap((input) => {
      const full = join(root, pkg.dir, input);
      return existsSync(full) && !input.includes('.') ? [...files(full)] : [full];
    }),
  ];
  for (const path of paths) {
    hash.update(`${relative(root, path)}\n`);
    if (existsSync(path)) hash.update(readFileSync(path));
  }
  return hash.digest('hex');
}

const hashes = new Map();
for (const pkg of packages) {
  const hash = hashOf(pkg, hashes);
  hashes.set(pkg.name, hash);
  const stamp = join(root, pkg.dir, 'dist', STAMP);
  const built =
    existsSync(join(root, pkg.dir, pkg.output)) &&
    existsSync(stamp) &&
    readFileSync(stamp, 'utf8') === hash;
  if (built) {
    console.log(`${pkg.name}: unchanged since its last build`);
    continue;
  }
  execFileSync('pnpm', ['--filter', pkg.name, 'run', 'build'], { cwd: root, stdio: 'inherit' });
  writeFileSync(stamp, hash);
}
