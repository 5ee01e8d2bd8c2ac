import type { AppConfig } from '../config/app-config.js';

/** The address people reach the app at: where the QR's verification link points. */
export const publicBaseUrl = (config: Pick<AppConfig, 'PUBLIC_URL' | 'PORT'>) =>
  (config.PUBLIC_URL ?? `http://localhost:${config.PORT}`).replace(/\/+$/, '');
