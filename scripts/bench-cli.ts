/**
 * CLI figures for big batches: `npm run check` (scripts/check.mjs, the bundled CLI) on 10k and 100k drafts (JSONL and CSV), and on 10k
 * drafts against a 100k-post history, each in its own process: wall time and peak resident memory,
 * printed next to the targets (100k drafts ≤ 30 s and ≤ 400 MB; 100k / 10k time ≤ 12).
 *
 *   npm run bench:cli              (all runs)
 *   npm run bench:cli -- --quick   (10k drafts only)
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvField } from '../lib/batch/csv';
import { prng } from './prng';
import { DAY } from '../lib/util/time';
import { defaultThreads } from '../cli/check';

const QUICK = process.argv.includes('--quick');
const ROOT = join(import.meta.dirname, '..');
const NOW = '2026-03-02T12:00:00Z';

const SEED = 20260302;
/** Reset before each file so every size and format draws the same drafts. */
let rand = prng(SEED);
const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
const WORDS =
  'spring launch team customers planner morning update webinar thanks sorry order help today new week offer guide story tips join coffee bakery delivery refund support recipe menu weekend event free trial'.split(
    ' ',
  );
const sentence = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
const COMPLAINTS = [
  'My order is two weeks late and nobody answers.',
  'I was charged twice, fix it!',
  'Your app keeps crashing since the update.',
];
const PLATFORMS = ['x', 'facebook', 'linkedin', 'instagram'] as const;

/** About 500 bytes a draft: posts, replies to complaints, some scheduled (they join the history). */
function draft(i: number): Record<string, string> {
  const platform = PLATFORMS[i % 4]!;
  const reply = rand() < 0.3;
  const row: Record<string, string> = {
    platform,
    kind: reply ? (platform === 'x' ? 'reply' : 'comment') : 'post',
    text: `${sentence(20 + Math.floor(rand() * 60))}${rand() < 0.3 ? ' Shop now at https://shop.example/sale #sale' : ''} #${i % 97}`,
  };
  if (reply) row.reply_to = pick(COMPLAINTS);
  if (rand() < 0.2) row.posted_at = new Date(Date.parse(NOW) + i * 60_000).toISOString();
  return row;
}

function past(i: number): Record<string, string> {
  return {
    platform: PLATFORMS[i % 4]!,
    kind: 'post',
    text: `${sentence(8 + Math.floor(rand() * 40))} #${i % 97}`,
    posted_at: new Date(Date.parse(NOW) - Math.floor(rand() * 170 * DAY)).toISOString(),
  };
}

const COLUMNS = ['platform', 'kind', 'text', 'reply_to', 'posted_at'];
function write(path: string, count: number, make: (i: number) => Record<string, string>): number {
  const csv = path.endsWith('.csv');
  const lines: string[] = csv ? [COLUMNS.join(',')] : [];
  for (let i = 0; i < count; i++) {
    const row = make(i);
    lines.push(csv ? COLUMNS.map((c) => csvField(row[c] ?? '')).join(',') : JSON.stringify(row));
  }
  const text = `${lines.join('\n')}\n`;
  writeFileSync(path, text);
  return Buffer.byteLength(text);
}

interface Run {
  seconds: number;
  peakMb: number;
  exit: number | null;
  /** JSON reports written (one per line): a run that stopped early is not a fast run. */
  reports: number;
}

/** Runs the CLI in its own process; it reports its own peak resident memory when it exits. */
function check(args: string[]): Run {
  const out = join(dir, 'reports.jsonl');
  const fd = openSync(out, 'w');
  const started = performance.now();
  const child = spawnSync(
    process.execPath,
    ['--import', join(ROOT, 'scripts/bench-cli-rss.mjs'), 'scripts/check.mjs', ...args, '--json', '--now', NOW],
    {
      cwd: ROOT,
      stdio: ['ignore', fd, 'pipe'],
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    },
  );
  const seconds = (performance.now() - started) / 1000;
  closeSync(fd);
  const rss = /bench-cli peak-rss-kb (\d+)/.exec(child.stderr)?.[1];
  const reports = readFileSync(out, 'utf8').split('\n').length - 1;
  if (child.status !== 0 && child.status !== 1) console.error(child.stderr.slice(0, 2000));
  return { seconds, peakMb: rss ? Number(rss) / 1024 : NaN, exit: child.status, reports };
}

const dir = mkdtempSync(join(tmpdir(), 'postwise-bench-cli-'));
const mbOf = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const line = (label: string, run: Run, target = '') =>
  console.log(
    `${label.padEnd(42)} ${run.seconds.toFixed(1).padStart(6)} s  ${run.peakMb.toFixed(0).padStart(5)} MB peak  ${run.reports.toLocaleString('en').padStart(7)} reports (exit ${run.exit})${target ? `   ${target}` : ''}`,
  );

console.log(`${availableParallelism()} CPU cores: the CLI checks on ${defaultThreads(availableParallelism())} thread(s) by default`);
try {
  const sizes = QUICK ? [10_000] : [10_000, 100_000];
  const times = new Map<number, number>();
  for (const n of sizes) {
    for (const ext of ['jsonl', 'csv']) {
      const path = join(dir, `drafts-${n}.${ext}`);
      rand = prng(SEED);
      const bytes = write(path, n, draft);
      const run = check([path]);
      if (ext === 'jsonl') times.set(n, run.seconds);
      const target =
        n === 100_000 ? `target ≤ 30 s, ≤ 400 MB: ${run.seconds <= 30 && run.peakMb <= 400 && run.reports === n ? 'met' : 'NOT met'}` : '';
      line(`${n.toLocaleString('en')} drafts, ${ext} (${mbOf(bytes)})`, run, target);
    }
  }
  if (!QUICK)
    for (const n of ['1', '2']) line(`100,000 drafts, jsonl, --workers ${n}`, check([join(dir, 'drafts-100000.jsonl'), '--workers', n]));
  if (times.has(100_000)) {
    const ratio = times.get(100_000)! / times.get(10_000)!;
    console.log(
      `${'time 100k / 10k (jsonl)'.padEnd(42)} ${ratio.toFixed(1).padStart(6)}      target ≤ 12: ${ratio <= 12 ? 'met' : 'NOT met'}`,
    );
    const history = join(dir, 'history-100000.jsonl');
    write(history, 100_000, past);
    line('10,000 drafts against a 100k-post history', check([join(dir, 'drafts-10000.jsonl'), '--history', history]));
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
