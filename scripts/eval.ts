/**
 * Measures the complaint and CTA checks on the labeled corpora in ../shared/corpus (relative to
 * the repo) and prints one table. Every corpus is split into two fixed halves (lib/eval halfOf):
 * half A is the one read, tuned and trained on; half B is held out, and the targets are judged
 * on it. `npm run eval -- --verbose` lists misses, from half A only (half B stays unread).
 * `--extra FILE` adds a third split of labelled support pairs kept outside the repo (half C, for
 * tuning as well: its misses are listed with --verbose); absent, nothing more is printed.
 * `--extra-cta <file.jsonl>` also measures CTA detection on an extra labelled set kept outside the
 * repo (the dev set's schema, validated); with --verbose its misses are listed too.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseComplaintModel } from '../lib/analysis/complaint/model';
import { classifyComplaint } from '../lib/analysis/complaint/classify';
import {
  evaluateAirline,
  evaluateSupport,
  evaluateSupportPairs,
  parseExtraSupport,
  score,
  supportPairs,
  type Measure,
} from '../lib/eval/complaint';
import { measureAgreement, parseSecondReader } from '../lib/eval/agreement';
import { airlineExamples, supportExamples, trainComplaintModel } from '../lib/eval/train';
import { evaluateCtas, measureCtas, parseCtaPosts, type CtaMeasure } from '../lib/eval/cta';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = join(repo, '..', 'shared', 'corpus');
const verbose = process.argv.includes('--verbose') || process.argv.includes('-v');
const shown = Number(process.argv.find((a) => a.startsWith('--top='))?.slice(6) ?? 8);

/** The value of `--name value` or `--name=value`; undefined when the flag is absent. */
function flagValue(name: string): string | undefined {
  const args = process.argv;
  const eq = args.find((a) => a.startsWith(`${name}=`));
  if (eq) return eq.slice(name.length + 1);
  const at = args.indexOf(name);
  if (at < 0) return undefined;
  const value = args[at + 1];
  if (!value || value.startsWith('--')) {
    console.error(`${name} needs a file: ${name} <file.jsonl>`);
    process.exit(2);
  }
  return value;
}

/**
 * The extra labelled file a flag names, read and checked before any figure is computed: a
 * missing file or a bad line ends the run (exit 2) with the flag, the file and the line.
 */
function extraFile<T>(name: string, parse: (text: string, where: string) => T): { path: string; data: T } | undefined {
  const given = flagValue(name);
  if (given === undefined) return undefined;
  const path = resolve(given);
  if (!existsSync(path)) {
    console.error(`${name}: no such file ${path}`);
    process.exit(2);
  }
  try {
    return { path, data: parse(readFileSync(path, 'utf8'), path) };
  } catch (e) {
    console.error(`${name}: ${(e as Error).message}`);
    process.exit(2);
  }
}
const extraPairs = extraFile('--extra', parseExtraSupport);
const extraPosts = extraFile('--extra-cta', parseCtaPosts);

const pct = (n: number) => `${(n * 100).toFixed(1)}%`;

function printFigures(m: Measure, target?: string): void {
  const { tp, fp, fn, tn, precision, recall, f1 } = m.metrics;
  console.log(
    `  ${m.name.padEnd(92)} P ${tp + fp ? pct(precision) : 'n/a'}  R ${tp + fn ? pct(recall) : 'n/a'}` +
      `  F1 ${tp + fp && tp + fn ? f1.toFixed(3) : 'n/a'}  (tp ${tp} fp ${fp} fn ${fn} tn ${tn})${target ? `  target ${target}` : ''}`,
  );
}

function printMisses(m: Measure): void {
  if (!verbose) return;
  const show = (label: string, list: Measure['falsePositives']) => {
    if (list.length === 0) return;
    console.log(`    ${label} (${list.length}):`);
    for (const miss of list.slice(0, shown)) {
      const conf = miss.confidence === undefined ? '' : ` [${miss.confidence.toFixed(2)}]`;
      console.log(`     -${conf} ${miss.text.replace(/\s+/g, ' ').slice(0, 240)}`);
    }
  };
  show('false positives', m.falsePositives);
  show('false negatives', m.falseNegatives);
}

function printCta(m: CtaMeasure, targets: boolean): void {
  console.log(
    `  ${m.name.padEnd(92)} recall ${pct(m.recall)} (${m.found}/${m.asks})  precision ${pct(m.precision)} (${m.correct}/${m.detected})` +
      `  stage agreement ${pct(m.stageAgreement)} (${m.stageAgree}/${m.found})${targets ? '  targets ≥ 90% each' : ''}`,
  );
}

function printCtaMisses(m: CtaMeasure): void {
  if (!verbose) return;
  const show = (label: string, list: CtaMeasure['missed']) => {
    if (list.length === 0) return;
    console.log(`    ${label} (${list.length}):`);
    for (const x of list.slice(0, shown * 3)) {
      console.log(`     - [${x.stage}${x.detected ? ` ← ${x.detected}` : ''}] “${x.ask}” in: ${x.text.replace(/\s+/g, ' ').slice(0, 160)}`);
    }
  };
  show('missed asks', m.missed);
  show('detected, not an ask', m.wrong);
  show('stage disagrees', m.stageWrong);
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
const model = parseComplaintModel(
  JSON.parse(readFileSync(join(repo, 'assets', 'complaint-model.json'), 'utf8')),
  'assets/complaint-model.json',
);
const airline = read('airline-dev.csv');
const support = read('support-dev.jsonl');
const cta = read('cta-dev.jsonl');
console.log(`Postwise checks on ${corpus} (half A: tuned/trained on; half B: held out, targets judged there)\n`);
if (airline) {
  const [whole, halfA, halfB] = evaluateAirline(airline, model);
  const cuesOnly = evaluateAirline(airline)[2]!;
  console.log(
    `Complaint classifier, airline tweets (complaint = negative sentiment); model ${model.trainedOn ?? ''}, ${Object.keys(model.terms).length} terms`,
  );
  printFigures(whole!);
  printFigures(halfA!);
  printMisses(halfA!);
  printFigures({ ...cuesOnly, name: `${cuesOnly.name}, readable cues only (no model)` });
  printFigures(halfB!, 'F1 ≥ 0.90');
}
if (support) {
  const s = evaluateSupport(support, model);
  const targets = ['F1 ≥ 0.90 (cross-domain)', '', '', 'F1 ≥ 0.85', ''];
  console.log('\nSupport pairs (inbound tweet, brand reply; the classifier never trained on them)');
  s.all.forEach((m) => printFigures(m));
  s.tune.forEach((m) => {
    printFigures(m);
    printMisses(m);
  });
  s.heldOut.forEach((m, i) => printFigures(m, targets[i]));
  printFigures(s.publicDataAskAll);
  const cuesOnly = evaluateSupport(support).heldOut[0]!;
  printFigures({ ...cuesOnly, name: `${cuesOnly.name}, readable cues only (no model)` });
  if (airline) {
    // Cross-domain: a model trained on airline half A alone, measured on support tweets it never saw.
    const crossModel = trainComplaintModel(airlineExamples(airline, 'A'));
    for (const half of ['A', 'B'] as const) {
      const test = supportExamples(support, half);
      const m = score(test.map((e) => ({ predicted: classifyComplaint(e.text, crossModel).complaint, expected: e.complaint })));
      printFigures({
        name: `cross-domain: trained on airline half A only, tested on support half ${half}`,
        metrics: m,
        falsePositives: [],
        falseNegatives: [],
      });
    }
  }
  // The human ceiling: a second reader's blind labels of half A against the corpus reader's.
  const second = parseSecondReader(
    readFileSync(join(repo, 'eval', 'second-reader-support-a.jsonl'), 'utf8'),
    'eval/second-reader-support-a.jsonl',
  );
  const agreement = measureAgreement(supportPairs(support), second);
  console.log(`\nTwo readers, one rubric: a second reader labelled support half A blind (${agreement.pairs} pairs both call sure)`);
  for (const f of agreement.fields) {
    console.log(`  ${f.field.padEnd(25)} agreement ${pct(f.agreement)}  kappa ${f.kappa.toFixed(2)}`);
  }
  printFigures({
    name: 'take-offline target, the second reader as the check',
    metrics: agreement.takeOffline,
    falsePositives: [],
    falseNegatives: [],
  });
}
if (extraPairs) {
  const { path, data: pairs } = extraPairs;
  const c = evaluateSupportPairs(' half C (extra, tuning)', pairs, model);
  console.log(`\nSupport pairs, half C: ${pairs.length} extra labelled pairs from ${path}`);
  // complaint, private channel, take-offline warn/fix, acknowledge, take-offline fix only
  for (const i of [0, 1, 3, 4, 5]) {
    printFigures(c[i]!);
    printMisses(c[i]!);
  }
}
if (cta) {
  const c = evaluateCtas(cta);
  console.log('\nCalls to action in brand posts (found = overlaps the labelled span)');
  printCta(c.all, false);
  printCta(c.tune, false);
  printCtaMisses(c.tune);
  printCta(c.heldOut, true);
}
if (extraPosts) {
  const { data: posts } = extraPosts;
  const m = measureCtas(`cta extra set (${posts.length} posts from --extra-cta)`, posts);
  printCta(m, false);
  printCtaMisses(m);
}
console.log(`\n(${Math.round(performance.now() - started)} ms)`);
