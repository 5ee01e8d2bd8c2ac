// Preview of a 5,000-row participant import (XLSX): parse, check every row, look for likely
// duplicates among the registry and within the file. Reported for three runs.
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { freshDatabase, signedIn, startApi } from './server.mjs';

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
    };
    console.log(JSON.stringify(result, null, 2));
    const out = resolve(import.meta.dirname, '../../test-output');
    mkdirSync(out, { recursive: true });
    writeFileSync(resolve(out, 'bench-import.json'), JSON.stringify(result, null, 2));
  } finally {
    await api.stop();
  }
}
