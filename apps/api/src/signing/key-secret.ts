import { hkdfSync, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { AppConfig } from '../config/app-config.js';

/**
 * The AES key that wraps the signing keys' private halves. In production it comes from
 * SIGNING_KEY_SECRET or the app does not start: a key kept beside the database it protects
 * protects nothing. Elsewhere a secret is drawn once and kept in a file next to the embedded
 * database, so the demo works after `pnpm start` and survives restarts.
 */
export function signingKeySecret(config: AppConfig): Buffer {
  return derivedKey(config, 'multaqa signing keys v1');
}

/** A key of its own for each use of the one secret (so one use never helps attack another). */
export function derivedKey(config: AppConfig, purpose: string): Buffer {
  const secret = config.SIGNING_KEY_SECRET ?? developmentSecret(config);
  return Buffer.from(hkdfSync('sha256', secret, '', purpose, 32));
}

function developmentSecret(config: AppConfig): string {
  if (config.NODE_ENV === 'production') {
    throw new Error(
      'Refusing to start in production: SIGNING_KEY_SECRET is not set. It encrypts the keys ' +
        'that sign badges and certificates; set it to 32 or more random characters ' +
        '(e.g. `openssl rand -base64 48`) and keep it: the same value on every start.',
    );
  }
  const file = config.SIGNING_KEY_SECRET_FILE;
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    mkdirSync(dirname(file), { recursive: true });
    try {
      // 'wx': two processes starting at once keep the first one's secret.
      writeFileSync(file, randomBytes(48).toString('base64url'), { flag: 'wx', mode: 0o600 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    return readFileSync(file, 'utf8').trim();
  }
}
