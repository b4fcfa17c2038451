// The project's test command: type-check, run the unit suite, and close with one plain
// "N passed, N failed" line that any CI reader understands. Exits non-zero when anything fails.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', shell: false }).status ?? 1;
const bin = (name) => `node_modules/.bin/${name}`;

let failedSteps = 0;
console.log('\n— Type check (tsc --noEmit)');
if (run(bin('tsc'), ['--noEmit']) !== 0) failedSteps++;

console.log('\n— Unit tests (vitest)');
mkdirSync('test-results', { recursive: true });
const report = 'test-results/unit.json';
rmSync(report, { force: true });
const vitest = run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile=${report}`]);
let passed = 0;
let failed = 0;
let skipped = 0;
if (existsSync(report)) {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed = json.numPassedTests;
  failed = json.numFailedTests;
  skipped = json.numPendingTests + (json.numTodoTests ?? 0);
}
if (vitest !== 0 && failed === 0) failedSteps++;
if (failedSteps) console.log(`\n${failedSteps} step(s) failed outside the test counts (see above).`);
console.log(`\n${passed} passed, ${failed + failedSteps} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed || failedSteps || passed === 0 ? 1 : 0);
