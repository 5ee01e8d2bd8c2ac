import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin, Rollup } from 'vite';

type OutputBundle = Rollup.OutputBundle;
type OutputChunk = Rollup.OutputChunk;

/** Pages whose code a first visit should fetch at once, with the modules that make them. */
export interface RoutePreload {
  /** Matched against the URL's path by the server. */
  pattern: string;
  modules: string[];
}

const chunks = (bundle: OutputBundle) =>
  Object.values(bundle).filter((item): item is OutputChunk => item.type === 'chunk');

/**
 * Writes `preload.json`: for each route, the JavaScript files its lazily loaded modules need
 * (with their static imports) and each language's strings. The server lists them in the
 * page's HTML as `modulepreload` links, so a phone fetches them alongside the entry instead of
 * one round trip after another (entry, then layout, then page, then strings).
 */
export function routePreloads(routes: RoutePreload[], root: string): Plugin {
  return {
    name: 'multaqa:route-preloads',
    apply: 'build',
    // Once written: Vite drops the empty chunks of CSS-only modules after generateBundle.
    writeBundle(options, bundle) {
      const all = chunks(bundle);
      const byFile = new Map(all.map((chunk) => [chunk.fileName, chunk]));
      const closure = (start: OutputChunk[]) => {
        const files = new Set<string>();
        const visit = (chunk: OutputChunk) => {
          if (files.has(chunk.fileName) || chunk.isEntry) return;
          files.add(chunk.fileName);
          for (const imported of chunk.imports) {
            const next = byFile.get(imported);
            if (next) visit(next);
          }
        };
        start.forEach(visit);
        return [...files].map((file) => `/${file}`);
      };
      const chunkOf = (module: string) => {
        const id = `${root}/${module}`;
        const found = all.find((chunk) => chunk.facadeModuleId === id);
        if (!found) this.error(`route-preloads: no chunk for ${module}`);
        return found;
      };
      const languages = Object.fromEntries(
        ['ar', 'en', 'fr'].map((lang) => [lang, closure([chunkOf(`src/i18n/${lang}.json`)])]),
      );
      writeFileSync(
        join(options.dir!, 'preload.json'),
        JSON.stringify({
          languages,
          routes: routes.map((route) => ({
            pattern: route.pattern,
            files: closure(route.modules.map(chunkOf)),
          })),
        }),
      );
    },
  };
}
