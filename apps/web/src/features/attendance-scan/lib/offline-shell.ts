/**
 * Registers the service worker that lets this device reload the scanner with no network
 * (apps/web/build/scanner-offline.ts). Only production builds have one, and only the scanner
 * asks for it: a participant on a slow phone never downloads the precache.
 */
export function keepScannerOffline(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {
    // No worker (private mode, blocked): the scanner still works while the page stays open.
  });
}
