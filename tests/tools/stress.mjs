// `npm run test:stress`: the e2e suite 5 times in a row while a busy loop keeps one core taken, as on a loaded CI machine.
// Prints one line per run and a summary; exits non-zero when any run had a failure (a flaky test is a failing test).
// Arguments go to Playwright (`npm run test:stress -- tests/e2e/timetable.spec.ts` stresses one spec).
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const RUNS = 5;
const root = fileURLToPath(new URL('../../', import.meta.url));
// Playwright's own command, run by this Node: stopping it needs no shell or npx in between.
const PLAYWRIGHT = fileURLToPath(new URL('../../node_modules/@playwright/test/cli.js', import.meta.url));
const reportOf = (run) => fileURLToPath(new URL(`../../reports/stress-${run}.json`, import.meta.url));

/** The other process: it spins until it is stopped, taking one core from the tests. */
const busy = spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' });
/** The Playwright run in progress, stopped with the busy loop when this script is interrupted. */
let current = null;
const stop = (child) => {
  if (child && child.exitCode === null && child.signalCode === null) process.kill(child.pid);
};
const stopBusy = () => stop(busy);
process.on('exit', stopBusy);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stop(current);
    stopBusy();
    process.exit(1);
  });
}

/** Runs Playwright once; resolves with its exit code. */
function playwright(report) {
  return new Promise((resolve) => {
    current = spawn(process.execPath, [PLAYWRIGHT, 'test', '--project', 'e2e', '--reporter=dot,json', ...process.argv.slice(2)], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_FILE: report },
    });
    current.on('exit', (code) => resolve(code ?? 1));
  });
}

function readStats(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

mkdirSync(fileURLToPath(new URL('../../reports/', import.meta.url)), { recursive: true });
console.log(`Busy loop running (pid ${busy.pid}); the e2e suite runs ${RUNS} times.`);

const runs = [];
for (let run = 1; run <= RUNS; run += 1) {
  const report = reportOf(run);
  rmSync(report, { force: true });
  console.log(`\n▶ Run ${run} of ${RUNS}`);
  const started = Date.now();
  const exitCode = await playwright(report);
  const json = readStats(report);
  const failedTitles = [];
  const collect = (suite) => {
    for (const spec of suite.specs ?? []) {
      if (!spec.ok) failedTitles.push(`${spec.file} › ${spec.title}`);
    }
    for (const child of suite.suites ?? []) collect(child);
  };
  for (const suite of json?.suites ?? []) collect(suite);
  runs.push({
    run,
    seconds: Math.round((Date.now() - started) / 1000),
    passed: (json?.stats?.expected ?? 0) + (json?.stats?.flaky ?? 0),
    // A run that wrote no report, or errors outside the tests, counts as a failure.
    failed: json ? (json.stats?.unexpected ?? 0) + (json.errors ?? []).length : 1,
    exitCode,
    failedTitles,
  });
}

stopBusy();
console.log(`\nBusy loop stopped (pid ${busy.pid}).`);
for (const r of runs) {
  console.log(`run ${r.run}: ${r.passed} passed, ${r.failed} failed (${r.seconds} s)${r.failedTitles.map((t) => `\n  ✘ ${t}`).join('')}`);
}
const passed = runs.reduce((sum, r) => sum + r.passed, 0);
const failed = runs.reduce((sum, r) => sum + r.failed, 0);
const badRuns = runs.filter((r) => r.failed > 0 || r.exitCode !== 0).length;
if (passed + failed === 0) console.log('✘ no test ran');
console.log(`${RUNS} runs with one core busy: ${badRuns === 0 ? 'all green' : `${badRuns} with failures`}; ${passed} passed, ${failed} failed`);
process.exit(badRuns > 0 || passed === 0 ? 1 : 0);
