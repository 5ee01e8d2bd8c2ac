import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react';

/**
 * The public pages' router: three paths (`/e`, `/e/:id`, `/e/:id/register`) need no library.
 * The address is the state; links push it, the back button pops it.
 */
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());
window.addEventListener('popstate', notify);

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const snapshot = () => window.location.pathname + window.location.search;

export function navigate(to: string, { replace = false }: { replace?: boolean } = {}): void {
  if (to === snapshot()) return;
  window.history[replace ? 'replaceState' : 'pushState'](null, '', to);
  if (!replace) window.scrollTo(0, 0);
  notify();
}

/** The current path and search parameters; re-renders when they change. */
export function useLocation(): { path: string; search: URLSearchParams } {
  const href = useSyncExternalStore(subscribe, snapshot);
  const url = new URL(href, window.location.origin);
  return { path: url.pathname, search: url.searchParams };
}

/** A link within the public pages: followed without reloading, unless opened elsewhere. */
export function Link({
  href,
  onClick,
  ...props
}: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey ||
      props.target
    )
      return;
    event.preventDefault();
    navigate(href);
  };
  return <a {...props} href={href} onClick={follow} />;
}

export type PublicRoute =
  | { page: 'events' }
  | { page: 'event'; id: string }
  | { page: 'register'; id: string }
  | { page: 'verify-form' }
  | { page: 'verify'; serial: string }
  | { page: 'none' };

/**
 * Which public page a path shows: the events (`/e…`) and the certificate check (`/verify`,
 * `/verify/:serial`). A page moved here from the main app gets a case here and in app.tsx, and
 * its path in PUBLIC_ENTRY_PATHS (apps/api/src/common/http/web-app.ts); its strings are picked up by
 * build/public-strings.ts from the translation calls under src/public.
 */
export function matchRoute(path: string): PublicRoute {
  let parts: string[];
  try {
    parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return { page: 'none' };
  }
  if (parts[0] === 'verify') {
    if (parts.length === 1) return { page: 'verify-form' };
    if (parts.length === 2) return { page: 'verify', serial: parts[1] };
    return { page: 'none' };
  }
  if (parts[0] !== 'e') return { page: 'none' };
  if (parts.length === 1) return { page: 'events' };
  if (parts.length === 2) return { page: 'event', id: parts[1] };
  if (parts.length === 3 && parts[2] === 'register') return { page: 'register', id: parts[1] };
  return { page: 'none' };
}
