/**
 * Trains the complaint model on the tuning half (A) of the shared corpus — airline tweets
 * (negative = complaint) and support inbound tweets (sure rows) — and writes the weights the
 * background loads, assets/complaint-model.json. Half B is never read here. Deterministic: the
 * same corpus gives the same file byte for byte.
 *
 *   npm run train            writes the asset
 *   npm run train -- --cv    2-fold cross-validation inside half A (for choosing settings)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { classifyComplaint } from '../lib/analysis/complaint/classify';
import { parseComplaintModel } from '../lib/analysis/complaint/model';
import { score } from '../lib/eval/complaint';
import { airlineExamples, SUPPORT_WEIGHT, supportExamples, trainComplaintModel, type Example, type TrainOptions } from '../lib/eval/train';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = join(repo, '..', 'shared', 'corpus');
const out = join(repo, 'assets', 'complaint-model.json');

const airline = airlineExamples(readFileSync(join(corpus, 'airline-dev.csv'), 'utf8'), 'A');
const support = supportExamples(readFileSync(join(corpus, 'support-dev.jsonl'), 'utf8'), 'A', SUPPORT_WEIGHT);
const options: TrainOptions = process.env.TRAIN_OPTIONS ? (JSON.parse(process.env.TRAIN_OPTIONS) as TrainOptions) : {};

if (process.argv.includes('--cv')) {
  // Two folds by position inside half A: train on one, measure on the other, both ways.
  const fold = <T>(list: readonly T[], k: number) => list.filter((_, i) => i % 2 === k);
  const f1 = (model: ReturnType<typeof trainComplaintModel>, test: readonly Example[]) =>
    score(test.map((e) => ({ predicted: classifyComplaint(e.text, model).complaint, expected: e.complaint }))).f1;
  const cues = (test: readonly Example[]) =>
    score(test.map((e) => ({ predicted: classifyComplaint(e.text).complaint, expected: e.complaint }))).f1;
  for (const k of [0, 1]) {
    const model = trainComplaintModel([...fold(airline, 1 - k), ...fold(support, 1 - k)], options);
    console.log(
      `fold ${k}: airline F1 ${f1(model, fold(airline, k)).toFixed(3)} (cues ${cues(fold(airline, k)).toFixed(3)})` +
        `  support F1 ${f1(model, fold(support, k)).toFixed(3)} (cues ${cues(fold(support, k)).toFixed(3)})  terms ${Object.keys(model.terms).length}`,
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
}
