import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './build/precompress';
import { buildPublicEntry } from './build/public-entry';
import { routePreloads } from './build/route-preloads';
import { scannerOffline } from './build/scanner-offline';

const apiTarget = process.env.API_URL ?? 'http://127.0.0.1:3000';

const outDir = resolve(import.meta.dirname, 'dist');
const PUBLIC_LAYOUT = 'src/features/public-events/components/public-layout.tsx';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [
    react(),
    routePreloads(
      [
        {
          pattern: '^/e/?$',
          modules: [PUBLIC_LAYOUT, 'src/features/public-events/routes/public-events-page.tsx'],
        },
        {
          pattern: '^/e/[^/]+/?$',
          modules: [PUBLIC_LAYOUT, 'src/features/public-events/routes/public-event-page.tsx'],
        },
        {
          pattern: '^/e/[^/]+/register/?$',
          modules: [PUBLIC_LAYOUT, 'src/features/registration-form/routes/register-page.tsx'],
        },
      ],
      import.meta.dirname,
    ),
    scannerOffline(),
    // The public pages' light entry (public.html) is built into the same folder, then all is compressed.
    precompress(outDir, () => buildPublicEntry(import.meta.dirname, outDir)),
  ],
  build: {
    outDir,
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // zod probes for eval() when it builds a schema; our CSP forbids eval, so the probe only
        // logged a CSP violation on every page. Turned off before zod's own code runs (schemas
        // are built as the contract is imported, before any code of ours could call z.config).
        intro: (chunk) =>
          chunk.moduleIds.some((id) => id.includes('/zod/v4/core/core.js'))
            ? 'globalThis.__zod_globalConfig = { jitless: true };'
            : '',
        // zxcvbn and its dictionaries (~430 kB) in one chunk with a name the scanner's service
        // worker can leave out of its precache: a door phone never sets a password.
        codeSplitting: {
          groups: [{ name: 'zxcvbn', test: /node_modules[\\/]@zxcvbn-ts[\\/]/ }],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
    },
  },
  preview: {
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
    },
  },
});
