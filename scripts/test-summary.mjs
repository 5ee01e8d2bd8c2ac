#!/usr/bin/env node
// Adds up the JSON reports of every test runner into one closing line for CI:
// "N passed, N failed". Exits non-zero when a report is missing or anything failed.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const dir = resolve(import.meta.dirname, '../test-output');
const reports = [
  [
    'api (jest)',
    'api-results.json',
    (r) => [r.numPassedTests, r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0)],
  ],
  ['web (vitest)', 'web-results.json', (r) => [r.numPassedTests, r.numFailedTests]],
  [
    'browser (playwright)',
    'browser-results.json',
    (r) => [r.stats.expected + r.stats.flaky, r.stats.unexpected],
  ],
];

let passed = 0;
let failed = 0;
for (const [name, file, count] of reports) {
  const path = resolve(dir, file);
  if (!existsSync(path)) {
    console.log(`${name}: no report (the suite did not run)`);
    failed += 1;
    continue;
  }
  const [p, f] = count(JSON.parse(readFileSync(path, 'utf8')));
  console.log(`${name}: ${p} passed, ${f} failed`);
  passed += p;
  failed += f;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
