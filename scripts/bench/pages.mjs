// What a first visit TRANSFERS, per page (the encoded bytes Chromium receives, asking for br/gzip
// as it always does), against the production server serving the built web app: sign-in, the
// public list of events, a public event page and its registration page (the public pages are the
// light entry, public.html). Then Lighthouse (mobile preset: slow 4G, 4× CPU)
// on the two public pages, with Debian's Chromium.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import { freshDatabase, startApi } from './server.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const LIGHTHOUSE = resolve(import.meta.dirname, '../../node_modules/.bin/lighthouse');
const kib = (bytes) => +(bytes / 1024).toFixed(1);

async function transferred(browser, url) {
  const page = await browser.newPage({ viewport: { width: 360, height: 740 }, locale: 'ar' });
  const responses = [];
  const errors = [];
  page.on('requestfinished', (request) =>
    responses.push(
      request.sizes().then((sizes) => ({
        type: request.resourceType(),
        url: request.url(),
        bytes: sizes.responseBodySize,
      })),
    ),
  );
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.close();
  const all = await Promise.all(responses);
  const sum = (type) => all.filter((r) => r.type === type).reduce((a, r) => a + r.bytes, 0);
  return {
    requests: all.length,
    jsKiB: kib(sum('script')),
    jsFiles: all
      .filter((r) => r.type === 'script')
      .map((r) => `${new URL(r.url).pathname.replace('/assets/', '')} ${kib(r.bytes)}`),
    cssKiB: kib(sum('stylesheet')),
    fontKiB: kib(sum('font')),
    totalKiB: kib(all.reduce((a, r) => a + r.bytes, 0)),
    apiCalls: all
      .filter((r) => new URL(r.url).pathname.startsWith('/api/'))
      .map((r) => new URL(r.url).pathname),
    consoleErrors: errors,
  };
}

async function lighthouse(url) {
  const dir = mkdtempSync(join(tmpdir(), 'multaqa-lh-'));
  try {
    const out = join(dir, 'report.json');
    await promisify(execFile)(
      LIGHTHOUSE,
      [
        url,
        '--quiet',
        '--output=json',
        `--output-path=${out}`,
        '--only-categories=performance,accessibility,best-practices',
        `--chrome-flags=--headless=new ${FLAGS.join(' ')} --user-data-dir=${join(dir, 'profile')}`,
      ],
      { env: { ...process.env, CHROME_PATH: CHROMIUM }, timeout: 180_000 },
    );
    const report = JSON.parse(readFileSync(out, 'utf8'));
    const score = (id) => Math.round(report.categories[id].score * 100);
    const audit = (id) => report.audits[id];
    // Each failed check with the first elements it names, to find them without the report.
    const failed = Object.values(report.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
      .map((a) => ({
        id: a.id,
        nodes: (a.details?.items ?? []).slice(0, 3).map((i) => i.node?.snippet ?? i.description),
      }));
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      fcp: audit('first-contentful-paint').displayValue,
      lcp: audit('largest-contentful-paint').displayValue,
      tbt: audit('total-blocking-time').displayValue,
      cls: audit('cumulative-layout-shift').displayValue,
      transferKiB: kib(audit('total-byte-weight').numericValue),
      // How fast this machine ran Lighthouse's CPU benchmark just then: the mobile preset's 4×
      // slowdown assumes ~1,000 or more; on a loaded machine it is lower and the scores with it.
      benchmarkIndex: Math.round(report.environment.benchmarkIndex),
      failedChecks: failed,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Lighthouse sometimes loses the trace on a busy machine (NO_NAVSTART): try again, twice. */
async function retried(attempt, left = 2) {
  try {
    return await attempt();
  } catch (error) {
    if (left === 0) return { error: String(error.stderr ?? error).trim() };
    return retried(attempt, left - 1);
  }
}

export async function run() {
  // An empty WEB_DIST_DIR means the default: the built web app in apps/web/dist.
  const api = await startApi(freshDatabase(), { WEB_DIST_DIR: '' });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  try {
    const events = await (await fetch(`${api.base}/api/public/events`)).json();
    const open = events.items.find((e) => e.status === 'registration_open');
    const pages = {
      'sign-in': '/sign-in',
      'public list': '/e',
      'public event': `/e/${open.id}`,
      'public registration': `/e/${open.id}/register`,
    };
    const report = {};
    for (const [name, path] of Object.entries(pages))
      report[name] = { transferred: await transferred(browser, api.base + path) };
    await browser.close();
    if (process.env.LIGHTHOUSE !== '0')
      for (const name of ['public event', 'public registration'])
        report[name].lighthouse = await retried(() => lighthouse(api.base + pages[name]));
    console.log(JSON.stringify(report, null, 2));
  } finally {
    await browser.close().catch(() => {});
    await api.stop();
  }
}
