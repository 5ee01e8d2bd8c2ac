// node --test scripts/: how the closing summary of `pnpm test` reads each runner's report.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { jestCounts, playwrightCounts, suiteResult, vitestCounts } from './test-reports.mjs';

const fixtures = resolve(import.meta.dirname, 'fixtures/test-reports');
const fixture = (name) => join(fixtures, name);
const scratch = mkdtempSync(join(tmpdir(), 'test-reports-'));
function file(name, content) {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}
const noExitFile = join(scratch, 'absent.exit');

describe('jest', () => {
  it('counts passed tests', () => {
    const result = suiteResult(jestCounts, fixture('jest-passed.json'), noExitFile);
    assert.deepEqual(result, { passed: 7, failed: 0, problems: [] });
  });

  it('counts a test file that could not load as a failure, and names it', () => {
    const result = suiteResult(jestCounts, fixture('jest-file-could-not-load.json'), noExitFile);
    assert.equal(result.passed, 5);
    assert.equal(result.failed, 1);
    assert.match(
      result.problems[0],
      /events\.e2e-spec\.ts: .*Test suite failed to run Cannot find module/,
    );
    assert.ok(!result.problems[0].includes('\u001b'), 'terminal colours removed');
  });
});

describe('vitest', () => {
  it('counts a test file that could not load as a failure', () => {
    const result = suiteResult(
      vitestCounts,
      fixture('vitest-file-could-not-load.json'),
      noExitFile,
    );
    assert.equal(result.passed, 4);
    assert.equal(result.failed, 1);
    assert.match(result.problems[0], /session-form\.test\.tsx: Failed to resolve import/);
  });

  it('counts failed tests once, not again as a broken file', () => {
    const result = suiteResult(vitestCounts, fixture('vitest-test-failed.json'), noExitFile);
    assert.deepEqual(result, { passed: 2, failed: 1, problems: [] });
  });

  it('counts an error outside the tests, seen only in the exit code, as a failure', () => {
    const exit = file('web.exit', '1\n');
    const result = suiteResult(vitestCounts, fixture('jest-passed.json'), exit);
    assert.equal(result.failed, 1);
    assert.match(result.problems[0], /exited with code 1/);
  });
});

describe('playwright', () => {
  it('counts flaky tests that passed in the end as passed', () => {
    const result = suiteResult(playwrightCounts, fixture('playwright-passed.json'), noExitFile);
    assert.deepEqual(result, { passed: 10, failed: 0, problems: [] });
  });

  it('counts a web server that could not start as a failure', () => {
    const result = suiteResult(
      playwrightCounts,
      fixture('playwright-web-server-failed.json'),
      noExitFile,
    );
    assert.equal(result.passed, 0);
    assert.ok(result.failed >= 1);
    assert.match(
      result.problems.join('\n'),
      /webServer|web server|already used|not able to start/i,
    );
  });
});

describe('any suite', () => {
  it('counts a missing report as a failure', () => {
    const result = suiteResult(jestCounts, join(scratch, 'nothing.json'), noExitFile);
    assert.deepEqual(result.failed, 1);
    assert.match(result.problems[0], /did not run/);
  });

  it('counts an unreadable report as a failure', () => {
    const result = suiteResult(
      vitestCounts,
      file('broken.json', '{"numPassedTests": 3,'),
      noExitFile,
    );
    assert.equal(result.failed, 1);
    assert.match(result.problems[0], /unreadable report/);
  });

  it('counts a report in which no test ran as a failure', () => {
    const empty = file('empty.json', JSON.stringify({ stats: {}, errors: [] }));
    const result = suiteResult(playwrightCounts, empty, noExitFile);
    assert.deepEqual(result, { passed: 0, failed: 1, problems: ['no test ran'] });
  });
});
