// Reads the JSON report of each test runner into passed/failed counts. A suite that did not
// run, could not load a file or could not start counts as failed: a summary must never read
// "0 failed" for tests that never ran.
import { existsSync, readFileSync } from 'node:fs';

/** Passed and failed tests, and why a failure was counted beyond failed tests. */
function count(passed, failed, problems = []) {
  return { passed, failed: failed + problems.length, problems };
}

/** jest --json: files that fail to load are "runtime error" suites, not failed tests. */
export function jestCounts(report) {
  const broken = (report.testResults ?? [])
    .filter((file) => file.status === 'failed' && (file.assertionResults ?? []).length === 0)
    .map((file) => `could not run ${file.name}: ${gist(file.message)}`);
  const unnamed = (report.numRuntimeErrorTestSuites ?? 0) - broken.length;
  if (unnamed > 0) broken.push(`${unnamed} more test file(s) could not run`);
  return count(report.numPassedTests, report.numFailedTests, broken);
}

/** vitest --reporter=json: a file that fails to import is "failed" with no test in it. */
export function vitestCounts(report) {
  const broken = (report.testResults ?? [])
    .filter(
      (file) =>
        file.status === 'failed' &&
        !(file.assertionResults ?? []).some((test) => test.status === 'failed'),
    )
    .map((file) => `could not run ${file.name}: ${gist(file.message)}`);
  return count(report.numPassedTests, report.numFailedTests, broken);
}

/** Playwright's json reporter: a web server that does not start is a top-level error. */
export function playwrightCounts(report) {
  const stats = report.stats ?? {};
  const errors = (report.errors ?? []).map((error) => gist(error.message));
  return count((stats.expected ?? 0) + (stats.flaky ?? 0), stats.unexpected ?? 0, errors);
}

/** The first two lines of an error message: jest puts the cause on the second. */
function gist(text) {
  // Reports keep the terminal's colours.
  // eslint-disable-next-line no-control-regex
  const plain = String(text ?? '').replace(/\u001b\[[0-9;]*m/g, '');
  const lines = plain
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  return lines.slice(0, 2).join(' ') || 'no message';
}

/**
 * One suite's result from its report file and the exit code its runner left (test-all.sh
 * writes it next to the report). Errors outside tests (vitest's unhandled errors, a crash)
 * show only in the exit code, so a non-zero exit with no failure in the report is a failure.
 */
export function suiteResult(counter, reportPath, exitPath) {
  if (!existsSync(reportPath)) {
    return count(0, 0, ['no report: the suite did not run or could not start']);
  }
  let result;
  try {
    result = counter(JSON.parse(readFileSync(reportPath, 'utf8')));
  } catch (error) {
    return count(0, 0, [`unreadable report: ${error.message}`]);
  }
  const exitCode = existsSync(exitPath) ? Number(readFileSync(exitPath, 'utf8').trim()) : 0;
  const problems = [...result.problems];
  if (exitCode !== 0 && result.failed === 0) {
    problems.push(`the runner exited with code ${exitCode} although no test failed`);
  }
  if (result.passed + result.failed === 0 && problems.length === 0) {
    problems.push('no test ran');
  }
  return count(result.passed, result.failed - result.problems.length, problems);
}
