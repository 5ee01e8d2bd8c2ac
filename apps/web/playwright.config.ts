import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';

/**
 * Ports the system has free right now, asked of a child process because the config is read
 * synchronously. Another program could take one before the server binds it; a fixed port
 * taken by anything else on the machine was the common failure.
 */
function freePorts(count: number): number[] {
  const script = `const net = require('node:net');
const servers = Array.from({ length: ${count} }, () => net.createServer());
Promise.all(servers.map((s) => new Promise((ok) => s.listen(0, '127.0.0.1', ok)))).then(() => {
  console.log(servers.map((s) => s.address().port).join(' '));
  servers.forEach((s) => s.close());
});`;
  return execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })
    .trim()
    .split(' ')
    .map(Number);
}

/**
 * E2E_PORT (the app) and E2E_SMTP_PORT (the mail catcher) when set, otherwise free ports. The
 * main process picks them once and leaves them in its environment, which the workers inherit:
 * they read this file too and must agree on the ports.
 */
if (!process.env.E2E_PORT || !process.env.E2E_SMTP_PORT) {
  const [app, smtp] = freePorts(2);
  process.env.E2E_PORT ??= String(app);
  process.env.E2E_SMTP_PORT ??= String(smtp);
}
const PORT = Number(process.env.E2E_PORT);
const externalBaseURL = process.env.E2E_BASE_URL;
const baseURL = externalBaseURL ?? `http://127.0.0.1:${PORT}`;
/** The registration spec listens here with a real SMTP server and reads what the app sends. */
export const SMTP_PORT = Number(process.env.E2E_SMTP_PORT);

/**
 * The database of the server the tests start, dropped when the run ends: a fresh
 * `<DATABASE_URL's database>_browser_…` on that server when DATABASE_URL is set (scripts/test-all.sh
 * also drops every `<run>_…` database if this run is killed), otherwise an embedded PGlite in
 * a fresh temporary directory, so the browser tests also run on their own. Only the main
 * Playwright process starts the server; its workers load this file too but need no database.
 */
function databaseEnv(): Record<string, string> {
  if (process.env.TEST_WORKER_INDEX !== undefined) return {};
  if (process.env.DATABASE_URL) return { DATABASE_URL: ownDatabase(process.env.DATABASE_URL) };
  const dataDir = mkdtempSync(join(tmpdir(), 'multaqa-e2e-'));
  // The server is stopped before the main process exits.
  process.on('exit', () => rmSync(dataDir, { recursive: true, force: true }));
  return { PGLITE_DATA_DIR: dataDir };
}

function ownDatabase(url: string): string {
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const psql = (sql: string) =>
    execFileSync('psql', [admin.toString(), '-qc', sql], { stdio: 'pipe' });
  const own = new URL(url);
  own.pathname = `${own.pathname}_browser_${randomBytes(3).toString('hex')}`;
  const name = own.pathname.slice(1);
  psql(`CREATE DATABASE "${name}"`);
  // The server is stopped before the main process exits.
  process.on('exit', () => psql(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  return own.toString();
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
          ANONYMOUS_READ_RATE_LIMIT: '100000',
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
