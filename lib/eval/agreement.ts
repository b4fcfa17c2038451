/**
 * How far two careful readers agree on the support labels: the ceiling any check can be judged
 * against. A second reader labelled half A of support-dev.jsonl blind (the texts only, the
 * corpus's rubric, none of its labels), and eval/second-reader-support-a.jsonl keeps those labels
 * by tweet id (no text). Here they are compared with the corpus reader's: agreement and Cohen's
 * kappa per field, and the take-offline target (needs_private ∧ ¬private_channel) scored as if
 * the second reader were the check.
 */
import { z } from 'zod';
import { score, type Metrics, type SupportPair } from './complaint';
import { readLabelledLines } from './jsonl';

const SecondReaderSchema = z.object({
  tweet_id: z.string().min(1),
  complaint: z.boolean(),
  private_channel: z.boolean(),
  unsure: z.boolean(),
  needs_private: z.boolean(),
  needs_private_confidence: z.enum(['high', 'medium', 'low']),
  reply_resolves_publicly: z.boolean(),
  /** The rubric category the reader used (T1–T11, F1–F9). */
  rule: z.string(),
});
export type SecondReaderLabels = z.infer<typeof SecondReaderSchema>;

export function parseSecondReader(jsonl: string, where: string): SecondReaderLabels[] {
  return readLabelledLines(jsonl, where, SecondReaderSchema).map(({ value }) => value);
}

const AGREEMENT_FIELDS = ['complaint', 'private_channel', 'needs_private', 'reply_resolves_publicly'] as const;

export interface FieldAgreement {
  field: (typeof AGREEMENT_FIELDS)[number];
  /** Share of pairs both readers label alike. */
  agreement: number;
  /** Cohen's kappa: agreement beyond what the two readers' base rates give by chance (1 when both are constant and equal). */
  kappa: number;
}

export interface Agreement {
  /** Pairs both readers call sure. */
  pairs: number;
  /** Second-reader ids not in the corpus. */
  unmatched: number;
  fields: FieldAgreement[];
  /** The take-offline target with the second reader as the check and the corpus reader as truth. */
  takeOffline: Metrics;
}

/** Cohen's kappa of two boolean labellings of the same items. */
export function cohensKappa(a: readonly boolean[], b: readonly boolean[]): number {
  const n = a.length;
  if (n === 0 || n !== b.length) return 0;
  let same = 0;
  let pa = 0;
  let pb = 0;
  for (let i = 0; i < n; i++) {
    if (a[i] === b[i]) same++;
    if (a[i]) pa++;
    if (b[i]) pb++;
  }
  const po = same / n;
  const pe = (pa / n) * (pb / n) + (1 - pa / n) * (1 - pb / n);
  return pe === 1 ? 1 : (po - pe) / (1 - pe);
}

/** Compares the second reader with the corpus on the pairs they share. */
export function measureAgreement(corpus: readonly SupportPair[], second: readonly SecondReaderLabels[]): Agreement {
  const byId = new Map(corpus.map((p) => [p.tweet_id, p]));
  const matched = second.filter((s) => byId.has(s.tweet_id));
  const sure = matched.filter((s) => !s.unsure && !byId.get(s.tweet_id)!.unsure);
  const gold = sure.map((s) => byId.get(s.tweet_id)!);
  const fields = AGREEMENT_FIELDS.map((field) => {
    const a = gold.map((g) => g[field]);
    const b = sure.map((s) => s[field]);
    const agreement = a.length ? a.filter((x, i) => x === b[i]).length / a.length : 0;
    return { field, agreement, kappa: cohensKappa(a, b) };
  });
  const target = (r: { needs_private: boolean; private_channel: boolean }) => r.needs_private && !r.private_channel;
  return {
    pairs: sure.length,
    unmatched: second.length - matched.length,
    fields,
    takeOffline: score(sure.map((s, i) => ({ predicted: target(s), expected: target(gold[i]!) }))),
  };
}
