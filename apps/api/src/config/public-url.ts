import type { AppConfig } from './app-config.js';

/**
 * The address people reach the app at, without a trailing slash: where certificate QR links,
 * credential ids and status lists, and the links in emails point.
 */
export const publicBaseUrl = (config: Pick<AppConfig, 'PUBLIC_URL' | 'PORT'>) =>
  (config.PUBLIC_URL ?? `http://localhost:${config.PORT}`).replace(/\/+$/, '');
