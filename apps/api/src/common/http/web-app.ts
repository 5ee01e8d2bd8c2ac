import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import expressStaticGzip from 'express-static-gzip';
import { LANGUAGES, type Language } from '@multaqa/contract';

/** What the web build says each page needs first (apps/web/build/route-preloads.ts). */
interface Preloads {
  languages: Record<Language, string[]>;
  routes: { pattern: string; files: string[] }[];
}

function readPreloads(distDir: string, file = 'preload.json'): Preloads {
  const path = join(distDir, file);
  if (!existsSync(path)) return { languages: { ar: [], en: [], fr: [] }, routes: [] };
  return {
    routes: [],
    ...(JSON.parse(readFileSync(path, 'utf8')) as Partial<Preloads>),
  } as Preloads;
}

/**
 * The paths the public pages' light entry serves (`public.html`: no Mantine, no zod, Preact; see
 * apps/web/build/public-entry.ts). A page moved there from the main app is added here.
 */
const PUBLIC_ENTRY_PATHS = /^\/(e|verify)(\/|$)/;
const SERVICE_WORKER = /[/\\]sw\.js(\.br|\.gz)?$/;

/** The language the web app will pick on a first visit: the browser's first one we have. */
function firstLanguage(req: Request): Language {
  const accepted = req.acceptsLanguages();
  for (const tag of accepted) {
    const base = tag.toLowerCase().split('-')[0];
    if ((LANGUAGES as readonly string[]).includes(base)) return base as Language;
  }
  return 'ar';
}

/**
 * The built web app at `/`, with every non-API path falling back to index.html. Text files are
 * sent as the brotli or gzip copies the web build wrote beside them (with `Vary:
 * Accept-Encoding`), so a phone downloads the compressed size and the server compresses nothing.
 * A public page's HTML lists the code of that page and its strings as `modulepreload` links, so
 * the browser fetches them together with the entry rather than one after another. The public
 * event pages (`/e…`) get `public.html`, their own light entry, when the build has one.
 */
export function serveWebApp(app: INestApplication, distDir: string): void {
  const indexPath = join(distDir, 'index.html');
  if (!existsSync(indexPath)) return;
  const index = readFileSync(indexPath, 'utf8');
  const preloads = readPreloads(distDir);
  const publicPath = join(distDir, 'public.html');
  const publicEntry = existsSync(publicPath)
    ? {
        html: readFileSync(publicPath, 'utf8'),
        preloads: readPreloads(distDir, 'public-preload.json'),
      }
    : null;
  const withPreloads = (html: string, files: string[]) =>
    html.replace(
      '</head>',
      `${files.map((file) => `<link rel="modulepreload" crossorigin href="${file}">`).join('')}</head>`,
    );
  const routes = preloads.routes.map((route) => ({ ...route, regex: new RegExp(route.pattern) }));
  const compressed = (
    dir: string,
    serveStatic: expressStaticGzip.ExpressStaticGzipOptions['serveStatic'],
  ) =>
    expressStaticGzip(dir, {
      enableBrotli: true,
      orderPreference: ['br', 'gz'],
      index: false,
      serveStatic,
    });
  // File names under /assets carry a content hash: a new build means new names.
  app.use(
    '/assets',
    compressed(join(distDir, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }),
  );
  // The scanner's service worker (and any compressed copy of it): browsers must see a new build's
  // worker at once, so it is revalidated on every check rather than kept for a day.
  app.use(
    compressed(distDir, {
      index: false,
      setHeaders: (res, path) => {
        if (SERVICE_WORKER.test(path)) res.setHeader('Cache-Control', 'no-cache');
      },
    }),
  );
  app.use((req: Request, res: Response, next: NextFunction) => {
    // /.well-known/* (did:web, JWKS) are API routes at the root: never the app's index.html.
    if (
      req.method !== 'GET' ||
      req.path.startsWith('/api') ||
      req.path.startsWith('/.well-known/')
    ) {
      return next();
    }
    res.setHeader('Cache-Control', 'no-cache');
    if (publicEntry && PUBLIC_ENTRY_PATHS.test(req.path)) {
      // The reader's strings are fetched together with the entry.
      res.setHeader('Vary', 'Accept-Language');
      const files = publicEntry.preloads.languages[firstLanguage(req)];
      return res.type('html').send(withPreloads(publicEntry.html, files));
    }
    const route = routes.find((r) => r.regex.test(req.path));
    if (!route) return res.type('html').send(index);
    res.setHeader('Vary', 'Accept-Language');
    const files = [...preloads.languages[firstLanguage(req)], ...route.files];
    res.type('html').send(withPreloads(index, files));
  });
}
