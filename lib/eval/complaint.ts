/**
 * Measuring the complaint checks on labeled corpora (../shared/corpus). Pure: callers read the
 * files and pass their text in, so the CLI (scripts/eval.ts) and a vitest floor test share it.
 */
import { createRuleContext, runRules } from '../analysis/analyze';
import { classifyComplaint } from '../analysis/complaint/classify';
import { detectPrivateChannel, findPublicDataAsks } from '../analysis/complaint/channel';
import acknowledge from '../analysis/rules/complaint/acknowledge';
import takeOffline from '../analysis/rules/complaint/take-offline';
import type { ComplaintModel } from '../analysis/complaint/model';
import type { Finding } from '../analysis/schemas';
import { parseCsv } from '../batch/csv';
import { fnv1a32 } from '../util/hash';
import { z } from 'zod';
import { readLabelledLines } from './jsonl';

/** Precision, recall and F1 with the counts behind them. */
export interface Metrics {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
}

/** One mistake, for tuning. */
export interface Miss {
  text: string;
  expected: boolean;
  /** The classifier's confidence, when there is one. */
  confidence?: number;
}

/** One measured check. */
export interface Measure {
  name: string;
  metrics: Metrics;
  falsePositives: Miss[];
  falseNegatives: Miss[];
}

/** Counts predictions against labels. Empty classes give 0 (never NaN). */
export function score(pairs: readonly { predicted: boolean; expected: boolean }[]): Metrics {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const { predicted, expected } of pairs) {
    if (predicted && expected) tp++;
    else if (predicted) fp++;
    else if (expected) fn++;
    else tn++;
  }
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const total = tp + fp + fn + tn;
  return { tp, fp, fn, tn, precision, recall, f1, accuracy: total === 0 ? 0 : (tp + tn) / total };
}

/** Parses CSV with a header row into records keyed by column name (the batch files' CSV reader). */
export function parseCsvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text).records;
  if (!header) return [];
  return rows.map((r) => Object.fromEntries(header.fields.map((name, i) => [name, r.fields[i] ?? ''])));
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the HTML entities tweets carry (&amp; &lt; &gt; &quot; &#39; &#x27;). */
export function decodeEntities(text: string): string {
  return text.replace(/&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]{2,6}));/gi, (whole, dec?: string, hex?: string, name?: string) => {
    if (name) return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
    const code = dec ? Number(dec) : parseInt(hex!, 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

function measure<T>(
  name: string,
  items: readonly T[],
  predict: (item: T) => { predicted: boolean; confidence?: number },
  expected: (item: T) => boolean,
  text: (item: T) => string,
): Measure {
  const falsePositives: Miss[] = [];
  const falseNegatives: Miss[] = [];
  const pairs = items.map((item) => {
    const p = predict(item);
    const e = expected(item);
    if (p.predicted && !e) falsePositives.push({ text: text(item), expected: e, confidence: p.confidence });
    if (!p.predicted && e) falseNegatives.push({ text: text(item), expected: e, confidence: p.confidence });
    return { predicted: p.predicted, expected: e };
  });
  const byConfidence = (a: Miss, b: Miss) => Math.abs((b.confidence ?? 0.5) - 0.5) - Math.abs((a.confidence ?? 0.5) - 0.5);
  falsePositives.sort(byConfidence);
  falseNegatives.sort(byConfidence);
  return { name, metrics: score(pairs), falsePositives, falseNegatives };
}

/**
 * Which fixed half of the airline corpus a tweet belongs to: FNV-1a of its id, even = 'A'. Tune
 * by reading misses from half A only; half B then tells whether a cue generalises or was fitted.
 */
export function airlineHalf(tweetId: string): 'A' | 'B' {
  return halfOf(tweetId);
}

/**
 * The fixed half of any corpus an id belongs to (FNV-1a, even = 'A'). Half A is the one to read,
 * tune and train on; half B is held out: never read, tuned or trained on.
 */
export function halfOf(id: string): 'A' | 'B' {
  return fnv1a32(id) % 2 === 0 ? 'A' : 'B';
}

/**
 * Complaint detection on the airline corpus: negative sentiment = complaint. The whole file
 * first, then half A (the half to tune on) and half B (held out), see airlineHalf.
 */
export function evaluateAirline(csv: string, model?: ComplaintModel): Measure[] {
  const rows = parseCsvRecords(csv).filter((r) => r.airline_sentiment);
  const run = (name: string, items: typeof rows) =>
    measure(
      name,
      items,
      (r) => {
        const c = classifyComplaint(decodeEntities(r.text ?? ''), model);
        return { predicted: c.complaint, confidence: c.confidence };
      },
      (r) => r.airline_sentiment === 'negative',
      (r) => decodeEntities(r.text ?? ''),
    );
  return [
    run('airline: complaint (negative) detection', rows),
    run(
      'airline half A (tuning half): complaint detection',
      rows.filter((r) => airlineHalf(r.tweet_id ?? '') === 'A'),
    ),
    run(
      'airline half B (held-out half): complaint detection',
      rows.filter((r) => airlineHalf(r.tweet_id ?? '') === 'B'),
    ),
  ];
}

/** One labeled inbound/reply pair of the support corpus. */
export interface SupportPair {
  tweet_id: string;
  inbound: string;
  reply: string;
  complaint: boolean;
  private_channel: boolean;
  public_data_ask: boolean;
  unsure: boolean;
  needs_private: boolean;
  reply_resolves_publicly: boolean;
}

/** Parses JSON Lines, skipping blank or broken lines. */
export function parseJsonl<T>(text: string): T[] {
  const out: T[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim()) continue;
    try {
      out.push(JSON.parse(line) as T);
    } catch {
      // a broken line is skipped, not fatal
    }
  }
  return out;
}

/** The given complaint rules, run for real on a reply to an inbound post. */
function replyFindings(inbound: string, reply: string, rules = [takeOffline], model?: ComplaintModel): Finding[] {
  const { ctx } = createRuleContext(
    { platform: 'x', kind: 'reply', text: reply, replyTo: { text: inbound } },
    { now: Date.UTC(2026, 0, 1), complaintModel: model },
  );
  return runRules(ctx, rules);
}

/** Whether take-offline fires at warn or fix severity (an info suggestion does not count). */
export function takeOfflineFires(inbound: string, reply: string, model?: ComplaintModel): boolean {
  return replyFindings(inbound, reply, [takeOffline], model).some((f) => f.severity !== 'info');
}

/** Whether take-offline fires at fix severity. */
export function takeOfflineFixes(inbound: string, reply: string, model?: ComplaintModel): boolean {
  return replyFindings(inbound, reply, [takeOffline], model).some((f) => f.severity === 'fix');
}

/** Whether acknowledge fires. */
export function acknowledgeFires(inbound: string, reply: string, model?: ComplaintModel): boolean {
  return replyFindings(inbound, reply, [acknowledge], model).length > 0;
}

/** One labelled pair of an extra support file (a third split, e.g. half C): the corpus's fields. */
const ExtraPairSchema = z.object({
  tweet_id: z.union([z.string().min(1), z.number().int()]).transform(String),
  inbound: z.string(),
  reply: z.string(),
  complaint: z.boolean(),
  private_channel: z.boolean(),
  public_data_ask: z.boolean(),
  unsure: z.boolean(),
  needs_private: z.boolean(),
  reply_resolves_publicly: z.boolean(),
  needs_private_confidence: z.enum(['high', 'medium', 'low']).optional(),
});

/**
 * Parses an extra labelled support file (JSON Lines with the corpus's fields), entities decoded.
 * Unlike the shared corpus it is validated line by line (readLabelledLines).
 */
export function parseExtraSupport(jsonl: string, where = 'extra support file'): SupportPair[] {
  return readLabelledLines(jsonl, where, ExtraPairSchema).map(({ value: p }) => ({
    ...p,
    inbound: decodeEntities(p.inbound),
    reply: decodeEntities(p.reply),
  }));
}

/** The support pairs (entities decoded), unsure rows included. */
export function supportPairs(jsonl: string): SupportPair[] {
  return parseJsonl<SupportPair>(jsonl).map((p) => ({
    ...p,
    tweet_id: String(p.tweet_id ?? ''),
    inbound: decodeEntities(p.inbound ?? ''),
    reply: decodeEntities(p.reply ?? ''),
  }));
}

/**
 * The support-corpus measures on one set of pairs (unsure rows skipped): complaint detection,
 * private channel, public data ask, take-offline against needs_private ∧ ¬private_channel,
 * acknowledge precision (its misses are the pairs it fired on whose inbound is no complaint).
 */
export function evaluateSupportPairs(label: string, all: readonly SupportPair[], model?: ComplaintModel): Measure[] {
  const pairs = all.filter((p) => !p.unsure);
  return [
    measure(
      `support${label}: complaint detection (inbound)`,
      pairs,
      (p) => {
        const c = classifyComplaint(p.inbound, model);
        return { predicted: c.complaint, confidence: c.confidence };
      },
      (p) => p.complaint,
      (p) => p.inbound,
    ),
    measure(
      `support${label}: reply offers a private channel`,
      pairs,
      (p) => ({ predicted: detectPrivateChannel(p.reply).offered }),
      (p) => p.private_channel,
      (p) => p.reply,
    ),
    measure(
      `support${label}: public data ask`,
      pairs,
      (p) => ({ predicted: findPublicDataAsks(p.reply).length > 0 }),
      (p) => p.public_data_ask,
      (p) => p.reply,
    ),
    measure(
      `support${label}: take-offline at warn/fix vs needs_private and no private channel`,
      pairs,
      (p) => ({ predicted: takeOfflineFires(p.inbound, p.reply, model) }),
      (p) => p.needs_private && !p.private_channel,
      (p) => `${p.inbound}\n    -> ${p.reply}`,
    ),
    measure(
      `support${label}: acknowledge fires (expected: the inbound is a complaint; precision counts)`,
      pairs.filter((p) => acknowledgeFires(p.inbound, p.reply, model)),
      () => ({ predicted: true }),
      (p) => p.complaint,
      (p) => `${p.inbound}\n    -> ${p.reply}`,
    ),
    measure(
      `support${label}: take-offline at fix only vs needs_private and no private channel`,
      pairs,
      (p) => ({ predicted: takeOfflineFixes(p.inbound, p.reply, model) }),
      (p) => p.needs_private && !p.private_channel,
      (p) => `${p.inbound}\n    -> ${p.reply}`,
    ),
  ];
}

/** The support measures: all sure rows, the tuning half A and the held-out half B. */
export function evaluateSupport(
  jsonl: string,
  model?: ComplaintModel,
): { all: Measure[]; tune: Measure[]; heldOut: Measure[]; publicDataAskAll: Measure } {
  const all = supportPairs(jsonl);
  return {
    all: evaluateSupportPairs('', all, model),
    tune: evaluateSupportPairs(
      ' half A (tuning)',
      all.filter((p) => halfOf(p.tweet_id) === 'A'),
      model,
    ),
    heldOut: evaluateSupportPairs(
      ' half B (held out)',
      all.filter((p) => halfOf(p.tweet_id) === 'B'),
      model,
    ),
    // The sure rows hold no public data ask at all; the unsure ones hold the only example.
    publicDataAskAll: measure(
      'support (all rows, unsure included): public data ask',
      all,
      (p) => ({ predicted: findPublicDataAsks(p.reply).length > 0 }),
      (p) => p.public_data_ask,
      (p) => p.reply,
    ),
  };
}
