import type { Readable } from 'node:stream';

/**
 * Where generated and uploaded files live (certificate PDFs, template images): a folder on disk
 * by default, an S3-compatible store when configured. Keys are relative paths such as
 * `certificates/MQ-2026-00042-K.pdf`; callers never see where the bytes actually are.
 */
export interface FileStorage {
  put(key: string, body: Buffer, contentType: string): Promise<void>;
  /** The whole file, or null when there is none. */
  get(key: string): Promise<Buffer | null>;
  /** The file as a stream (large files, ZIPs), or null when there is none. */
  stream(key: string): Promise<Readable | null>;
  exists(key: string): Promise<boolean>;
  delete(key: string): Promise<void>;
}

/** Nest injection token for the configured `FileStorage`. */
export const FILE_STORAGE = Symbol('FILE_STORAGE');

/** A key is a relative path of plain segments: no `..`, no leading slash, no backslashes. */
export function assertStorageKey(key: string): void {
  if (
    !/^[A-Za-z0-9][A-Za-z0-9._-]*(\/[A-Za-z0-9][A-Za-z0-9._-]*)*$/.test(key) ||
    key.split('/').some((segment) => segment === '..' || segment === '.')
  ) {
    throw new Error(`Invalid storage key: ${key}`);
  }
}
