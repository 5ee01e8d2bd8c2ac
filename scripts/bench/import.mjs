// Preview of a 5,000-row participant import (XLSX): parse, check every row, look for likely
// duplicates among the registry and within the file. Reported for three runs.
// Then a 10,000-row registrations import commits (a background job) while /api/health is
// polled: health latency p50/p95 and the API process's resident memory (issue 9 §3: p95 under
// 200 ms, RSS under 500 MB).
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { freshDatabase, percentile, signedIn, startApi } from './server.mjs';

const ROWS = 5000;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function workbook(institutions) {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('participants');
  sheet.addRow([
    'fullNameAr',
    'fullNameLatin',
    'gender',
    'nationality',
    'institution',
    'position',
    'email',
    'phone',
    'preferredLanguage',
  ]);
  for (let i = 0; i < ROWS; i += 1) {
    const broken = i % 100 === 7; // about 1% with an error a person must fix
    sheet.addRow([
      // Distinct people: names far apart, so only the planted errors are reported.
      `مشارك ${randomUUID().slice(0, 12)}`,
      `Official ${randomUUID().slice(0, 12)}`,
      broken ? 'unknown' : i % 2 ? 'female' : 'male',
      'SO',
      institutions[i % institutions.length],
      'Officer',
      `import-${i}-${randomUUID().slice(0, 6)}@example.so`,
      `+2526${String(10000000 + i).slice(-8)}`,
      'ar',
    ]);
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}

export async function run() {
  const api = await startApi(freshDatabase());
  try {
    const as = await signedIn(api.base, 'coordinator@multaqa.test');
    const institutions = [];
    for (const name of ['Internal Security', 'Defence', 'Information', 'Family']) {
      const created = await as('POST', '/api/institutions', {
        name: { en: `Import ${name} ${Date.now()}` },
        kind: 'ministry',
        countryCode: 'SO',
      });
      institutions.push(created.name.en);
    }
    const file = await workbook(institutions);
    const runs = [];
    let counts;
    for (let i = 0; i < 3; i += 1) {
      const started = performance.now();
      const report = await as('POST', '/api/participants/import/preview', file, {
        'Content-Type': XLSX,
      });
      runs.push(+((performance.now() - started) / 1000).toFixed(2));
      counts = report.counts;
    }
    const result = {
      rows: ROWS,
      fileKiB: Math.round(file.length / 1024),
      counts,
      previewSeconds: runs,
      commitWhileServing: await commitWhileServing(api, as),
    };
    console.log(JSON.stringify(result, null, 2));
    const out = resolve(import.meta.dirname, '../../test-output');
    mkdirSync(out, { recursive: true });
    writeFileSync(resolve(out, 'bench-import.json'), JSON.stringify(result, null, 2));
  } finally {
    await api.stop();
  }
}

const COMMIT_ROWS = 10_000;

/** Kilobytes of one line (VmRSS, VmHWM) of /proc/<pid>/status. */
function memoryKiB(pid, field) {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith(`${field}:`));
  return Number(line.split(/\s+/)[1]);
}

async function commitWhileServing(api, as) {
  const packages = await as('GET', '/api/training-packages?status=published');
  const event = await as('POST', '/api/events', {
    kind: 'training',
    packageId: packages.items[0].id,
    title: { en: `Import bench ${Date.now()}` },
    city: 'Mogadishu',
    countryCode: 'SO',
    timeZone: 'Africa/Mogadishu',
    startDate: '2027-01-12',
    endDate: '2027-01-16',
    languages: ['ar', 'en'],
    capacity: COMMIT_ROWS,
  });
  await as('PUT', `/api/events/${event.id}/registration-form`, { approvalRequired: false });
  await as('POST', `/api/events/${event.id}/transitions`, { to: 'registration_open' });
  const csv = [
    'fullNameAr,fullNameLatin,gender,nationality,institution,position,email,phone,preferredLanguage',
    ...Array.from({ length: COMMIT_ROWS }, (_, i) => {
      const tag = randomUUID().slice(0, 12);
      return `مشارك ${tag},Official ${tag},${i % 2 ? 'female' : 'male'},SO,,Officer,commit-${tag}@example.so,,ar`;
    }),
  ].join('\n');
  const rssBefore = memoryKiB(api.pid, 'VmRSS');
  const started = performance.now();
  const accepted = await as(
    'POST',
    `/api/events/${event.id}/registrations/import`,
    new TextEncoder().encode(csv),
    { 'Content-Type': 'text/csv' },
  );
  const acceptedSeconds = (performance.now() - started) / 1000;
  const health = [];
  let peakRss = 0;
  let job = accepted.job;
  let lastPoll = 0;
  while (job.status !== 'completed' && job.status !== 'failed') {
    const t0 = performance.now();
    const res = await fetch(`${api.base}/api/health`);
    await res.arrayBuffer();
    health.push(performance.now() - t0);
    peakRss = Math.max(peakRss, memoryKiB(api.pid, 'VmRSS'));
    if (performance.now() - lastPoll > 1000) {
      job = await as('GET', `/api/jobs/${job.id}`);
      lastPoll = performance.now();
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  const sorted = health.sort((a, b) => a - b);
  return {
    rows: COMMIT_ROWS,
    fileKiB: Math.round(csv.length / 1024),
    job: { status: job.status, done: job.done, total: job.total, result: job.result },
    answeredSeconds: +acceptedSeconds.toFixed(2),
    commitSeconds: +((performance.now() - started) / 1000).toFixed(1),
    healthPolls: sorted.length,
    healthP50ms: +percentile(sorted, 50).toFixed(1),
    healthP95ms: +percentile(sorted, 95).toFixed(1),
    healthMaxMs: +sorted.at(-1).toFixed(1),
    rssBeforeMiB: Math.round(rssBefore / 1024),
    rssPeakDuringCommitMiB: Math.round(peakRss / 1024),
    vmHwmMiB: Math.round(memoryKiB(api.pid, 'VmHWM') / 1024),
  };
}
