import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { ProblemError } from '../lib/problem';

/**
 * The public pages' server data: a cache by key, shared by the pages (the event page and the
 * registration page read the same event), fetched once and again after 30 s. It takes the same
 * `{ queryKey, queryFn }` options as TanStack Query, which the signed-in app uses, and does what
 * these three pages need of it, in a tenth of its size.
 */
export interface DataOptions<T> {
  queryKey: readonly unknown[];
  /** Called without TanStack's context (the API calls here take none). */
  queryFn?: (context: never) => T | Promise<T>;
  /** How long an answer is fresh, in ms (30 s unless a number says otherwise). */
  staleTime?: unknown;
}

interface Entry {
  data?: unknown;
  error?: unknown;
  at: number;
  loading?: Promise<void>;
  listeners: Set<() => void>;
  version: number;
}

const STALE_MS = 30_000;
const cache = new Map<string, Entry>();

function entryOf(key: string): Entry {
  let entry = cache.get(key);
  if (!entry) {
    entry = { at: 0, listeners: new Set(), version: 0 };
    cache.set(key, entry);
  }
  return entry;
}

/** Client errors (404…) will not change on retry; network errors and 5xx might, twice. */
async function withRetries<T>(fn: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await fn();
    } catch (error) {
      if ((error instanceof ProblemError && error.status < 500) || attempt >= 2) throw error;
      await new Promise((resolve) => setTimeout(resolve, 1000 * 2 ** attempt));
    }
  }
}

function load<T>(options: DataOptions<T>, force = false): void {
  const entry = entryOf(JSON.stringify(options.queryKey));
  const staleTime = typeof options.staleTime === 'number' ? options.staleTime : STALE_MS;
  const fresh = Date.now() - entry.at < staleTime;
  if (entry.loading || (!force && entry.error === undefined && entry.at > 0 && fresh)) return;
  const notify = () => {
    entry.version += 1;
    entry.listeners.forEach((listener) => listener());
  };
  entry.loading = withRetries(async () => options.queryFn!(undefined as never))
    .then(
      (data) => {
        entry.data = data;
        entry.error = undefined;
        entry.at = Date.now();
      },
      (error: unknown) => {
        entry.error = error;
      },
    )
    .finally(() => {
      entry.loading = undefined;
      notify();
    });
  // A retry after a failure shows as loading again.
  if (entry.error !== undefined) notify();
}

/** Puts an answer in the cache, as if it had just arrived (tests seed reference lists so). */
export function setData<T>(options: DataOptions<T>, data: T): void {
  const entry = entryOf(JSON.stringify(options.queryKey));
  entry.data = data;
  entry.error = undefined;
  entry.at = Date.now();
  entry.version += 1;
  entry.listeners.forEach((listener) => listener());
}

/** Asks for the data now (before the page that shows it renders). */
export function prefetch<T>(options: DataOptions<T>): void {
  load(options);
}

export interface DataState<T> {
  data: T | undefined;
  error: unknown;
  /** No answer yet (not even a failed one). */
  isPending: boolean;
  isError: boolean;
  refetch: () => void;
}

/** The data for `options`, fetched when first asked for or stale; re-renders when it arrives. */
export function useData<T>(options: DataOptions<T>): DataState<T> {
  const key = JSON.stringify(options.queryKey);
  const entry = entryOf(key);
  const subscribe = useCallback(
    (listener: () => void) => {
      entry.listeners.add(listener);
      return () => entry.listeners.delete(listener);
    },
    [entry],
  );
  useSyncExternalStore(subscribe, () => entry.version);
  // The options object is new at each render; its key says whether it asks for something else.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => load(options), [key]);
  const isError = entry.at === 0 && entry.error !== undefined && !entry.loading;
  return {
    data: entry.at > 0 ? (entry.data as T) : undefined,
    error: entry.error,
    isPending: entry.at === 0 && !isError,
    isError,
    refetch: () => load(options, true),
  };
}
