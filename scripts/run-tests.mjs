// The project's test command (`npm test`): type-check, lint, knip, the unit suite, then the end-to-end suite
// in Debian's Chromium (installed on first use) against the freshly built extension. Closes with
// one plain "N passed, N failed" line that any CI reader understands; exits non-zero on failure.
// `npm test -- --unit` runs only the type check, lint, knip and the unit suite.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const unitOnly = process.argv.includes('--unit');
const run = (cmd, args, env = {}) => spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;
const bin = (name) => `node_modules/.bin/${name}`;

const totals = { passed: 0, failed: 0, skipped: 0 };
const brokenSteps = [];

function step(title, ok) {
  console.log(`\n— ${title}`);
  if (!ok()) brokenSteps.push(title);
}

/** Runs a vitest suite with a JSON report and adds its counts to the totals. */
function vitest(title, args) {
  step(title, () => {
    mkdirSync('test-results', { recursive: true });
    const report = `test-results/${title.replace(/\W+/g, '-').toLowerCase()}.json`;
    rmSync(report, { force: true });
    const status = run(bin('vitest'), ['run', ...args, '--reporter=default', '--reporter=json', `--outputFile=${report}`]);
    if (!existsSync(report)) return false;
    const json = JSON.parse(readFileSync(report, 'utf8'));
    totals.passed += json.numPassedTests;
    totals.failed += json.numFailedTests;
    totals.skipped += json.numPendingTests + (json.numTodoTests ?? 0);
    // A failing suite with no failed test (an import error, a hook) still fails the run.
    return status === 0 || json.numFailedTests > 0;
  });
}

step('Type check (tsc --noEmit)', () => run(bin('tsc'), ['--noEmit']) === 0);
step('Lint (eslint: typescript-eslint, hooks, the architecture)', () => run(bin('eslint'), ['.']) === 0);
step('Unused files, exports and dependencies (knip)', () => run(bin('knip'), []) === 0);
vitest('Unit tests', []);
if (!unitOnly) {
  step('Chromium for the end-to-end tests', () => run('bash', ['scripts/ensure-chromium.sh']) === 0);
  // Built here, not in a vitest globalSetup: NODE_ENV=test would give React UIs that render nothing.
  step('Build the extension', () => run(bin('wxt'), ['build'], { NODE_ENV: 'production' }) === 0);
  vitest('End-to-end tests', ['-c', 'vitest.e2e.config.ts']);
  // Mozilla's own validator on the Firefox build: errors fail the run (warnings are printed).
  step(
    'Firefox build + web-ext lint',
    () =>
      run(bin('wxt'), ['build', '-b', 'firefox'], { NODE_ENV: 'production' }) === 0 &&
      run(bin('web-ext'), ['lint', '--source-dir', '.output/firefox-mv2']) === 0,
  );
}

if (brokenSteps.length) console.log(`\nFailed outside the test counts: ${brokenSteps.join('; ')}.`);
const failed = totals.failed + brokenSteps.length;
console.log(`\n${totals.passed} passed, ${failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(failed || totals.passed === 0 ? 1 : 0);
