/**
 * Training the complaint model (lib/analysis/complaint/model.ts): L2-regularised logistic
 * regression by full-batch Adam, from zero weights in a fixed order, so the same examples always
 * give the same weights. Pure: scripts/train-complaint.ts reads the corpus and writes the asset;
 * the eval uses it too, to measure a model trained on one domain on the other.
 */
import { classifyComplaint } from '../analysis/complaint/classify';
import { CUE_KINDS, textFeatures, type ComplaintModel } from '../analysis/complaint/model';
import { normalizeQuotes } from '../analysis/complaint/normalize';
import { decodeEntities, halfOf, parseCsvRecords, supportPairs } from './complaint';

/** Support examples weigh this much in training: 115 of them beside 3,600 airline tweets. */
export const SUPPORT_WEIGHT = 4;

/** One training example. */
export interface Example {
  text: string;
  complaint: boolean;
  /** How much it counts (a small domain can weigh more). */
  weight?: number;
}

export interface TrainOptions {
  /** A term is a feature when at least this many examples carry it. */
  minDf?: number;
  /** L2 strength per example. */
  l2?: number;
  epochs?: number;
  learningRate?: number;
  /** Terms kept in the shipped model, heaviest first. */
  maxTerms?: number;
  /** Terms lighter than this are dropped. */
  minWeight?: number;
  /** Confidence from which a text is a complaint. */
  threshold?: number;
  trainedOn?: string;
}

const DEFAULTS: Required<Omit<TrainOptions, 'trainedOn'>> = {
  minDf: 3,
  l2: 0.03,
  epochs: 250,
  learningRate: 0.05,
  maxTerms: 3_000,
  minWeight: 0.05,
  threshold: 0.42,
};

/** The airline tweets of one half as examples (negative sentiment = complaint). */
export function airlineExamples(csv: string, half: 'A' | 'B'): Example[] {
  return parseCsvRecords(csv)
    .filter((r) => r.airline_sentiment && halfOf(r.tweet_id ?? '') === half)
    .map((r) => ({ text: decodeEntities(r.text ?? ''), complaint: r.airline_sentiment === 'negative' }));
}

/** The support inbound tweets of one half (sure rows) as examples. */
export function supportExamples(jsonl: string, half: 'A' | 'B', weight = 1): Example[] {
  return supportPairs(jsonl)
    .filter((p) => !p.unsure && halfOf(p.tweet_id) === half)
    .map((p) => ({ text: p.inbound, complaint: p.complaint, weight }));
}

const logit = (p: number) => Math.log(Math.max(1e-6, p) / Math.max(1e-6, 1 - p));

/** What the model reads of one text: its distinct terms, the cue kinds found and the cue log-odds. */
function read(text: string): { terms: string[]; kinds: string[]; cue: number } {
  const cues = classifyComplaint(text);
  const terms = [...new Set(textFeatures(normalizeQuotes(text)).map((f) => f.key))];
  return { terms, kinds: [...new Set(cues.cues.map((c) => c.kind))], cue: logit(cues.confidence) };
}

/** Trains a model on the examples. Deterministic. */
export function trainComplaintModel(examples: readonly Example[], options: TrainOptions = {}): ComplaintModel {
  const o = { ...DEFAULTS, ...options };
  const rows = examples.map((e) => ({ ...read(e.text), y: e.complaint ? 1 : 0, w: e.weight ?? 1 }));
  const df = new Map<string, number>();
  for (const r of rows) for (const t of r.terms) df.set(t, (df.get(t) ?? 0) + 1);
  const vocab = [...df]
    .filter(([, n]) => n >= o.minDf)
    .map(([t]) => t)
    .sort();
  const index = new Map(vocab.map((t, i) => [t, i]));
  const K = CUE_KINDS.length;
  // Layout: [bias, cueScore, kinds…, terms…].
  const size = 2 + K + vocab.length;
  const X = rows.map((r) => {
    const ids = [0];
    for (const k of r.kinds) ids.push(2 + CUE_KINDS.indexOf(k as (typeof CUE_KINDS)[number]));
    for (const t of r.terms) {
      const i = index.get(t);
      if (i !== undefined) ids.push(2 + K + i);
    }
    return Int32Array.from(ids);
  });
  const weights = new Float64Array(size);
  const m = new Float64Array(size);
  const v = new Float64Array(size);
  const grad = new Float64Array(size);
  const total = rows.reduce((s, r) => s + r.w, 0);
  const b1 = 0.9;
  const b2 = 0.999;
  for (let epoch = 1; epoch <= o.epochs; epoch++) {
    grad.fill(0);
    rows.forEach((r, n) => {
      const ids = X[n]!;
      let z = weights[1]! * r.cue;
      for (const i of ids) z += weights[i]!;
      const err = (1 / (1 + Math.exp(-z)) - r.y) * r.w;
      grad[1]! += err * r.cue;
      for (const i of ids) grad[i]! += err;
    });
    for (let i = 0; i < size; i++) {
      const g = grad[i]! / total + (i === 0 ? 0 : o.l2 * weights[i]!);
      m[i] = b1 * m[i]! + (1 - b1) * g;
      v[i] = b2 * v[i]! + (1 - b2) * g * g;
      const mh = m[i]! / (1 - b1 ** epoch);
      const vh = v[i]! / (1 - b2 ** epoch);
      weights[i]! -= (o.learningRate * mh) / (Math.sqrt(vh) + 1e-8);
    }
  }
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const terms = vocab
    .map((t, i) => [t, weights[2 + K + i]!] as const)
    .filter(([, w]) => Math.abs(w) >= o.minWeight)
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || (a[0] < b[0] ? -1 : 1))
    .slice(0, o.maxTerms)
    .sort((a, b) => (a[0] < b[0] ? -1 : 1));
  return {
    version: 1,
    bias: round(weights[0]!),
    cueScore: round(weights[1]!),
    cueKinds: Object.fromEntries(CUE_KINDS.map((k, i) => [k, round(weights[2 + i]!)])),
    terms: Object.fromEntries(terms.map(([t, w]) => [t, round(w)])),
    threshold: o.threshold,
    ...(o.trainedOn ? { trainedOn: o.trainedOn } : {}),
  };
}
