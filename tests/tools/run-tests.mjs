// `npm test`: build, typecheck, unit tests (vitest), then end-to-end tests (Playwright) even if unit tests failed.
// The last line is always `N passed, N failed, N skipped`, summed from both runners' JSON reports.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const UNIT_REPORT = 'reports/unit.json';
const E2E_REPORT = 'reports/e2e.json';

const run = (label, command, args) => {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  return result.status === 0;
};

function readReport(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

mkdirSync('reports', { recursive: true });
for (const report of [UNIT_REPORT, E2E_REPORT]) rmSync(report, { force: true });

const totals = { passed: 0, failed: 0, skipped: 0 };
/** A step that is not a test (build, typecheck) still counts as one failure when it fails, so the line shows it. */
const stepFailed = (what) => {
  console.log(`✘ ${what}`);
  totals.failed += 1;
};

if (!run('Build (electron-vite)', 'npm', ['run', 'build'])) stepFailed('the build failed: end-to-end tests will use whatever was built before');
if (!run('Typecheck (whole project, then shared/ and renderer/ within their boundaries)', 'npm', ['run', '--silent', 'typecheck'])) stepFailed('the typecheck failed');

run('Unit tests (vitest)', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${UNIT_REPORT}`]);
const unit = readReport(UNIT_REPORT);
if (unit) {
  totals.passed += unit.numPassedTests ?? 0;
  totals.failed += unit.numFailedTests ?? 0;
  totals.skipped += (unit.numPendingTests ?? 0) + (unit.numTodoTests ?? 0);
  // A test file that could not even load has no tests to count: count it as one failure.
  const brokenFiles = (unit.testResults ?? []).filter((file) => file.status === 'failed' && (file.assertionResults ?? []).length === 0);
  totals.failed += brokenFiles.length;
} else {
  stepFailed(`the unit tests wrote no report (${UNIT_REPORT})`);
}

run('End-to-end tests (Playwright)', 'npx', ['playwright', 'test']);
const e2e = existsSync(E2E_REPORT) ? readReport(E2E_REPORT) : null;
if (e2e?.stats) {
  totals.passed += (e2e.stats.expected ?? 0) + (e2e.stats.flaky ?? 0);
  totals.failed += e2e.stats.unexpected ?? 0;
  totals.skipped += e2e.stats.skipped ?? 0;
  totals.failed += (e2e.errors ?? []).length;
} else {
  stepFailed(`the end-to-end tests wrote no report (${E2E_REPORT})`);
}

const ran = totals.passed + totals.failed;
if (ran === 0) console.log('✘ no test ran');
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 || ran === 0 ? 1 : 0);
