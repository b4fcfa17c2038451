/**
 * Trains the complaint model on the tuning half (A) of the shared corpus — airline tweets
 * (negative = complaint) and support inbound tweets (sure rows) — and writes the weights the
 * background loads, assets/complaint-model.json. Half B is never read here. Deterministic: the
 * same corpus gives the same file byte for byte.
 *
 *   npm run train            writes the asset, prints its size and the time to read one tweet
 *   npm run train -- --cv    5-fold cross-validation inside half A over a grid of settings (how
 *                            lib/eval/train.ts DEFAULTS were chosen; the fold-mean F1 is what a
 *                            change must raise); TRAIN_GRID='[{…},…]' to try others, e.g.
 *                            TRAIN_GRID='[{"l2By":{"c":3}}]'
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { classifyComplaint } from '../lib/analysis/complaint/classify';
import { parseComplaintModel } from '../lib/analysis/complaint/model';
import {
  airlineExamples,
  crossValidate,
  DEFAULTS,
  f1At,
  foldMeanF1,
  SUPPORT_WEIGHT,
  supportExamples,
  trainComplaintModel,
  type TrainOptions,
} from '../lib/eval/train';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = join(repo, '..', 'shared', 'corpus');
const out = join(repo, 'assets', 'complaint-model.json');

const airline = airlineExamples(readFileSync(join(corpus, 'airline-dev.csv'), 'utf8'), 'A');
const support = supportExamples(readFileSync(join(corpus, 'support-dev.jsonl'), 'utf8'), 'A', SUPPORT_WEIGHT);
const options: TrainOptions = process.env.TRAIN_OPTIONS ? (JSON.parse(process.env.TRAIN_OPTIONS) as TrainOptions) : {};

const GRID: TrainOptions[] = process.env.TRAIN_GRID
  ? (JSON.parse(process.env.TRAIN_GRID) as TrainOptions[])
  : [{ l2: 3e-4 }, { l2: 1e-3 }, { l2: 3e-3 }, { l2: 1e-2 }];

if (process.argv.includes('--cv')) {
  const thresholds = Array.from({ length: 31 }, (_, i) => 0.3 + i * 0.01);
  for (const settings of GRID) {
    const o = { ...options, ...settings };
    const started = performance.now();
    const cv = crossValidate([airline, support], o);
    const [a, s] = cv.confidences as [number[], number[]];
    // The threshold that reads half A's folds best (airline and support alike), and F1 at the default.
    const best = thresholds.reduce((b, t) =>
      f1At(airline, a, t) + f1At(support, s, t) > f1At(airline, a, b) + f1At(support, s, b) ? t : b,
    );
    const at = o.threshold ?? DEFAULTS.threshold;
    console.log(
      `${JSON.stringify(settings)}: fold-mean F1 at ${at}: airline ${foldMeanF1(airline, a, at).toFixed(4)} support ${foldMeanF1(support, s, at).toFixed(4)}` +
        `; pooled airline ${f1At(airline, a, at).toFixed(3)} support ${f1At(support, s, at).toFixed(3)}` +
        `; best threshold ${best.toFixed(2)}: airline ${f1At(airline, a, best).toFixed(3)} support ${f1At(support, s, best).toFixed(3)}` +
        `  terms ${Math.round(cv.terms.reduce((x, y) => x + y) / cv.terms.length)}  ${((performance.now() - started) / 1000).toFixed(0)} s`,
    );
  }
} else {
  const model = parseComplaintModel(
    trainComplaintModel([...airline, ...support], {
      ...options,
      trainedOn: `airline half A (${airline.length}) + support half A (${support.length}, weight ${SUPPORT_WEIGHT})`,
    }),
  );
  const json = `${JSON.stringify(model)}\n`;
  writeFileSync(out, json);
  console.log(`wrote ${out}: ${Object.keys(model.terms).length} terms, ${(json.length / 1024).toFixed(1)} KB`);
  // What reading costs, on half A's tweets: the cues alone, then cues and model (as the background does).
  const texts = airline.map((e) => e.text);
  const time = (run: (t: string) => unknown) => {
    for (const t of texts) run(t);
    const started = performance.now();
    for (let r = 0; r < 3; r++) for (const t of texts) run(t);
    return ((performance.now() - started) / (3 * texts.length)) * 1000;
  };
  const cues = time((t) => classifyComplaint(t));
  const both = time((t) => classifyComplaint(t, model));
  console.log(`per tweet: cues ${cues.toFixed(1)} µs, cues + model ${both.toFixed(1)} µs (model ${(both - cues).toFixed(1)} µs)`);
}
