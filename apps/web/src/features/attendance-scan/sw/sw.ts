/**
 * The service worker that lets a door scanner reload with no network (issue 11), built by
 * vite-plugin-pwa into `/sw.js` (build/scanner-offline.ts) and registered by the scan page.
 *
 * - It precaches index.html and the build's hashed JS, CSS and fonts, the list Workbox writes
 *   into `__WB_MANIFEST` at build time, and answers requests for those files from the cache.
 * - A navigation to a scanner page goes to the network as usual; only when the network fails
 *   (or has not answered in a few seconds) is the precached index.html served, and the scanner
 *   then works from what it keeps in IndexedDB. Every other page is left to the network.
 * - Nothing from `/api` is cached here: the scanner keeps its roster, keys, revocation list
 *   and queue in IndexedDB itself.
 * - A new build's worker activates at once and takes the open pages over, and cleans up the
 *   old precache, so the next load runs the new build.
 */
import { clientsClaim } from 'workbox-core';
import {
  cleanupOutdatedCaches,
  matchPrecache,
  precacheAndRoute,
  type PrecacheEntry,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { NetworkOnly } from 'workbox-strategies';

// The project's TypeScript targets the DOM; these are the few worker globals used here.
declare const self: {
  __WB_MANIFEST: (PrecacheEntry | string)[];
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install', listener: () => void): void;
};

/** The pages a door scanner reloads: a session's badge scanner, and the sessions list. */
const SCANNER_PAGES = [/^\/events\/[^/]+\/sessions\/[^/]+\/scan\/?$/, /^\/attendance\/?$/];
const APP_SHELL = '/index.html';
/** A venue network that has not answered a page in this time counts as gone. */
const PAGE_TIMEOUT_SECONDS = 5;

self.addEventListener('install', () => void self.skipWaiting());
clientsClaim();

// No directory index or clean URLs: `/` must not be answered from the precache.
precacheAndRoute(self.__WB_MANIFEST, { directoryIndex: '', cleanURLs: false });
cleanupOutdatedCaches();

registerRoute(
  new NavigationRoute(
    new NetworkOnly({
      networkTimeoutSeconds: PAGE_TIMEOUT_SECONDS,
      plugins: [{ handlerDidError: async () => matchPrecache(APP_SHELL) }],
    }),
    { allowlist: SCANNER_PAGES },
  ),
);
