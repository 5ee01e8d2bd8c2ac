#!/usr/bin/env node
// Adds up the JSON reports of every test runner into one closing line for CI:
// "N passed, N failed". A suite that did not run or could not start counts as failed, and the
// script exits non-zero when anything failed.
import { resolve } from 'node:path';
import { jestCounts, playwrightCounts, suiteResult, vitestCounts } from './test-reports.mjs';

const dir = resolve(import.meta.dirname, '../test-output');
const suites = [
  ['api (jest)', 'api', jestCounts],
  ['web (vitest)', 'web', vitestCounts],
  ['browser (playwright)', 'browser', playwrightCounts],
];

let passed = 0;
let failed = 0;
for (const [name, id, counter] of suites) {
  const result = suiteResult(
    counter,
    resolve(dir, `${id}-results.json`),
    resolve(dir, `${id}.exit`),
  );
  console.log(`${name}: ${result.passed} passed, ${result.failed} failed`);
  for (const problem of result.problems) console.log(`  - ${problem}`);
  passed += result.passed;
  failed += result.failed;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
