/**
 * Measures the complaint checks on the labeled corpora in ../shared/corpus (relative to the repo):
 * precision, recall, F1 and counts. `npm run eval -- --verbose` also prints the worst misses.
 * The airline corpus is also measured in two fixed halves: tune on misses from half A only
 * (`--verbose` lists half A's misses, never half B's); half B shows whether a change generalises.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluateAirline, evaluateSupport, type Measure } from '../lib/analysis/complaint/eval';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = join(repo, '..', 'shared', 'corpus');
const verbose = process.argv.includes('--verbose') || process.argv.includes('-v');
const shown = Number(process.argv.find((a) => a.startsWith('--top='))?.slice(6) ?? 8);

function pct(n: number): string {
  return `${(n * 100).toFixed(1)}%`;
}

function print(m: Measure): void {
  printFigures(m);
  if (verbose) printMisses(m);
}

function printFigures(m: Measure): void {
  const { tp, fp, fn, tn, precision, recall, f1, accuracy } = m.metrics;
  console.log(`\n${m.name}`);
  console.log(
    `  precision ${tp + fp ? pct(precision) : 'n/a'}  recall ${tp + fn ? pct(recall) : 'n/a'}` +
      `  F1 ${tp + fp && tp + fn ? f1.toFixed(3) : 'n/a'}  accuracy ${pct(accuracy)}` +
      `  (tp ${tp}, fp ${fp}, fn ${fn}, tn ${tn}; n ${tp + fp + fn + tn})`,
  );
}

function printMisses(m: Measure): void {
  const show = (label: string, list: Measure['falsePositives']) => {
    if (list.length === 0) return;
    console.log(`  ${label} (${list.length}):`);
    for (const miss of list.slice(0, shown)) {
      const conf = miss.confidence === undefined ? '' : ` [${miss.confidence.toFixed(2)}]`;
      console.log(`   -${conf} ${miss.text.replace(/\s+/g, ' ').slice(0, 220)}`);
    }
  };
  show('false positives', m.falsePositives);
  show('false negatives', m.falseNegatives);
}

function read(name: string): string | undefined {
  const path = join(corpus, name);
  if (!existsSync(path)) {
    console.error(`missing ${path}`);
    process.exitCode = 1;
    return undefined;
  }
  return readFileSync(path, 'utf8');
}

const started = performance.now();
const airline = read('airline-dev.csv');
const support = read('support-dev.jsonl');
console.log(`Complaint checks on ${corpus}`);
if (airline) {
  const [whole, halfA, halfB] = evaluateAirline(airline);
  // Misses are listed for half A only: half B stays unread, so it can still tell overfitting.
  printFigures(whole!);
  print(halfA!);
  printFigures(halfB!);
}
if (support) evaluateSupport(support).forEach(print);
console.log(`\n(${Math.round(performance.now() - started)} ms)`);
