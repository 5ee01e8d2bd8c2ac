import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';

/** E2E_PORT lets two runs (e.g. two checkouts) start their servers side by side. */
const PORT = Number(process.env.E2E_PORT ?? 3100);
const externalBaseURL = process.env.E2E_BASE_URL;
const baseURL = externalBaseURL ?? `http://127.0.0.1:${PORT}`;
/** The registration spec listens here with a real SMTP server and reads what the app sends. */
export const SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 2526);

/**
 * The database of the server the tests start: `DATABASE_URL` when set (`pnpm test` creates an
 * empty one), otherwise an embedded PGlite in a fresh temporary directory, so the browser tests
 * also run on their own. Only the main Playwright process starts the server; its workers load
 * this file too but need no database.
 */
function databaseEnv(): Record<string, string> {
  if (process.env.DATABASE_URL) return { DATABASE_URL: process.env.DATABASE_URL };
  if (process.env.TEST_WORKER_INDEX !== undefined) return {};
  const dataDir = mkdtempSync(join(tmpdir(), 'multaqa-e2e-'));
  // The server is stopped before the main process exits.
  process.on('exit', () => rmSync(dataDir, { recursive: true, force: true }));
  return { PGLITE_DATA_DIR: dataDir };
}

export default defineConfig({
  testDir: 'e2e',
  outputDir: '../../test-output/browser',
  fullyParallel: false,
  // The tests share one database (and the demo accounts in it).
  workers: 1,
  retries: 0,
  // Generous: a test signs in, loads the app and walks a whole story, on busy CI machines too.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: '../../test-output/browser-results.json' }]],
  webServer: externalBaseURL
    ? undefined
    : {
        command: 'node ../api/dist/main.js',
        url: `${baseURL}/api/health`,
        reuseExistingServer: false,
        timeout: 90_000,
        stdout: 'pipe',
        stderr: 'pipe',
        env: {
          PORT: String(PORT),
          HOST: '127.0.0.1',
          SEED_DEMO: 'true',
          LOG_LEVEL: 'warn',
          LOGIN_RATE_LIMIT: '1000',
          LOGIN_ADDRESS_RATE_LIMIT: '10000',
          ANONYMOUS_WRITE_RATE_LIMIT: '10000',
          REGISTRATION_CHALLENGE_AFTER: '10000',
          SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
          // Mail to a spec that is not listening fails fast instead of retrying for minutes.
          MAIL_RETRY_LIMIT: '1',
          MAIL_RETRY_DELAY_SECONDS: '1',
          PUBLIC_URL: baseURL,
          ...databaseEnv(),
        },
      },
  use: {
    ...devices['Desktop Chrome'],
    baseURL,
    locale: 'en-US',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
