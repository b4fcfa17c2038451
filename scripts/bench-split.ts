/**
 * Splitting a large batch into lines, in a fresh process each: "before" loads the core-js@2
 * polyfills twitter-text used to pull in (from the dev dependency core-js-2), "after" imports the
 * engine as the CLI does now. Both split the same synthetic JSONL text with the batch reader's
 * /\r?\n/ and report wall time and the process's peak RSS.
 */
import { execFileSync } from 'node:child_process';
import { twitterTextPolyfills } from './builtins';

const root = new URL('../', import.meta.url).pathname;

function run(setup: string, megabytes: number): { ms: number; peakMb: number; lines: number } {
  const script = `${setup}
const line = JSON.stringify({ platform: 'x', kind: 'post', text: 'A synthetic draft line for the split bench, about a hundred characters long.' }) + '\\n';
const text = line.repeat(Math.ceil(${megabytes} * 1048576 / line.length));
const t0 = performance.now();
const lines = text.split(/\\r?\\n/).length;
const ms = performance.now() - t0;
console.log(JSON.stringify({ ms, peakMb: process.resourceUsage().maxRSS / 1024, lines }));`;
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop()!) as { ms: number; peakMb: number; lines: number };
}

/** Prints the before and after lines. */
export function benchSplit(megabytes: number): void {
  const requires = twitterTextPolyfills()
    .map((m) => `require('core-js-2/modules/${m}');`)
    .join('');
  const before = run(`const require = (await import('node:module')).createRequire(${JSON.stringify(root)});${requires}`, megabytes);
  const after = run(`await import(${JSON.stringify(`${root}lib/analysis/analyze.ts`)});`, megabytes);
  const fmt = (r: typeof before) => `${r.ms.toFixed(0).padStart(7)} ms, peak RSS ${r.peakMb.toFixed(0).padStart(5)} MB`;
  console.log(`split(/\\r?\\n/) of a ${megabytes} MB batch (${after.lines} lines), fresh process each:`);
  console.log(`  before (core-js@2 as twitter-text loaded it): ${fmt(before)}`);
  console.log(`  after  (engine imported, polyfills stubbed):  ${fmt(after)}   ${(before.ms / after.ms).toFixed(1)}× faster`);
}
