// The JavaScript (gzip) a first visit downloads, per page, measured in Debian's Chromium at
// 360×740 against the built app: sign-in, a public event page and its registration page.
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { freshDatabase, startApi } from './server.mjs';

const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function run() {
  // An empty WEB_DIST_DIR means the default: the built web app in apps/web/dist.
  const api = await startApi(freshDatabase(), { WEB_DIST_DIR: '' });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: FLAGS,
  });
  try {
    const events = await (await fetch(`${api.base}/api/public/events`)).json();
    const open = events.items.find((e) => e.status === 'registration_open');
    const pages = {
      'sign-in': '/sign-in',
      'public event': `/e/${open.id}`,
      'public registration': `/e/${open.id}/register`,
    };
    const report = {};
    for (const [name, path] of Object.entries(pages)) {
      const page = await browser.newPage({ viewport: { width: 360, height: 740 }, locale: 'ar' });
      const bodies = [];
      page.on('response', (response) => {
        if (response.url().endsWith('.js'))
          bodies.push(response.body().then((b) => gzipSync(b).length));
      });
      await page.goto(api.base + path, { waitUntil: 'networkidle' });
      const sizes = await Promise.all(bodies);
      report[name] = {
        files: sizes.length,
        gzipKiB: +(sizes.reduce((a, b) => a + b, 0) / 1024).toFixed(1),
      };
      await page.close();
    }
    console.log(JSON.stringify(report, null, 2));
  } finally {
    await browser.close();
    await api.stop();
  }
}
