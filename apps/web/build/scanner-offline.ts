import { VitePWA } from 'vite-plugin-pwa';

/**
 * `/sw.js`, the scanner's service worker (src/features/attendance-scan/sw/sw.ts), built with
 * Workbox's injectManifest: the list of files to precache is written into it at build time,
 * namely index.html and the hashed JS, CSS and font files. The app registers it itself (the
 * scan page), so nothing is injected into the HTML, and there is no web app manifest.
 */
export function scannerOffline() {
  return VitePWA({
    strategies: 'injectManifest',
    srcDir: 'src/features/attendance-scan/sw',
    filename: 'sw.ts',
    injectRegister: false,
    manifest: false,
    injectManifest: {
      globPatterns: ['index.html', 'assets/**/*.{js,css,woff2}'],
      // The app shows Arabic and Latin script only: the other font subsets stay out. The reports
      // page (with its chart library, ~190 kB) needs the network anyway, and the password
      // dictionaries (~430 kB) serve only pages that set a password: a scanning phone skips both.
      globIgnores: [
        '**/*-{cyrillic,cyrillic-ext,greek,greek-ext,vietnamese}-*.woff2',
        'assets/reports-page-*.js',
        'assets/zxcvbn-*.js',
      ],
      sourcemap: false,
    },
  });
}
