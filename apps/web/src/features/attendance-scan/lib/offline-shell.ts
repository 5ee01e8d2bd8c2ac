/**
 * Registers the service worker that lets this device reload the scanner with no network
 * (src/features/attendance-scan/sw/sw.ts). Only production builds have one, and only the
 * scanner asks for it: a participant on a slow phone never downloads the precache.
 *
 * Each time the scan page opens online it also asks the browser to look for a new worker at
 * once (a registration alone does not, and browsers may put the check off): after a deploy the
 * new build is then precached while the page is open, and an offline reload later runs it.
 */
export function keepScannerOffline(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  navigator.serviceWorker
    .register('/sw.js', { scope: '/' })
    .then((registration) => (navigator.onLine ? registration.update() : undefined))
    .catch(() => {
      // No worker (private mode, blocked) or no network for the check: the scanner still
      // works while the page stays open, and the next visit online tries again.
    });
}
