import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { build, type Plugin, type Rollup } from 'vite';
import { LANGUAGES, validationMessages } from '@multaqa/contract';
import { keysUsedUnder, pickStrings } from './public-strings';

const STRINGS = 'virtual:public-strings/';

/**
 * `virtual:public-strings/<lang>`: the strings the public pages use (found in their source, see
 * public-strings.ts) of one language, and the contract's validation messages in that language.
 * A phone reading a public page loads ~4 KiB of strings instead of the whole app's ~16 KiB.
 */
function publicStrings(webRoot: string): Plugin {
  return {
    name: 'multaqa:public-strings',
    resolveId: (id) => (id.startsWith(STRINGS) ? `\0${id}` : undefined),
    load(id) {
      if (!id.startsWith(`\0${STRINGS}`)) return undefined;
      const lang = id.slice(STRINGS.length + 1) as (typeof LANGUAGES)[number];
      if (!LANGUAGES.includes(lang)) this.error(`public strings: no language ${lang}`);
      const file = join(webRoot, 'src/i18n', `${lang}.json`);
      this.addWatchFile(file);
      const strings = pickStrings(
        JSON.parse(readFileSync(file, 'utf8')),
        keysUsedUnder(join(webRoot, 'src/public')),
        lang,
      );
      const bundle = { ...strings, validation: validationMessages[lang] };
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(bundle))});`;
    },
  };
}

/**
 * Writes `public-preload.json`: each language's strings file, which the server lists in the
 * page's HTML as a `modulepreload` link so it comes together with the entry.
 */
function languagePreloads(): Plugin {
  return {
    name: 'multaqa:public-preloads',
    writeBundle(options, bundle) {
      const chunks = Object.values(bundle).filter(
        (item): item is Rollup.OutputChunk => item.type === 'chunk',
      );
      const languages = Object.fromEntries(
        LANGUAGES.map((lang) => {
          const chunk = chunks.find((c) => c.facadeModuleId === `\0${STRINGS}${lang}`);
          if (!chunk) this.error(`public preloads: no chunk for ${lang}`);
          return [lang, [`/${chunk.fileName}`]];
        }),
      );
      writeFileSync(join(options.dir!, 'public-preload.json'), JSON.stringify({ languages }));
    },
  };
}

const fromWeb = (webRoot: string, path: string) => join(webRoot, 'node_modules', path);

/**
 * The light entry of the public pages (`/e…`): `public.html` and its JavaScript, built into the
 * app's `dist` after the main app. Preact instead of React (aliased for this build only), no
 * Mantine, no zod (`@multaqa/contract` is contract-lite.ts), the strings of the public pages only.
 */
export async function buildPublicEntry(webRoot: string, outDir: string): Promise<void> {
  const root = join(webRoot, 'src/public');
  const compat = fromWeb(webRoot, 'preact/compat/dist/compat.mjs');
  await build({
    configFile: false,
    root,
    base: '/',
    publicDir: false,
    logLevel: 'warn',
    plugins: [react(), publicStrings(webRoot), languagePreloads()],
    resolve: {
      alias: [
        { find: /^react$/, replacement: compat },
        { find: /^react-dom$/, replacement: compat },
        { find: /^react-dom\/client$/, replacement: fromWeb(webRoot, 'preact/compat/client.mjs') },
        {
          find: /^react\/jsx-(dev-)?runtime$/,
          replacement: fromWeb(webRoot, 'preact/compat/jsx-runtime.mjs'),
        },
        { find: /^@multaqa\/contract$/, replacement: join(root, 'contract-lite.ts') },
      ],
    },
    build: {
      outDir,
      emptyOutDir: false,
      // Every browser the pages serve preloads modules itself; the polyfill only cost time.
      modulePreload: { polyfill: false },
      rolldownOptions: { input: join(root, 'public.html') },
    },
  });
}
