import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cohensKappa, measureAgreement, parseSecondReader } from '@/lib/eval/agreement';
import { halfOf, supportPairs } from '@/lib/eval/complaint';

const corpus = join(__dirname, '../../../shared/corpus');
const supportPath = join(corpus, 'support-dev.jsonl');
const secondPath = join(__dirname, '../../eval/second-reader-support-a.jsonl');

describe("Cohen's kappa", () => {
  it('is 1 for full agreement, 0 for agreement no better than the base rates, below 0 for less', () => {
    expect(cohensKappa([true, false, true, false], [true, false, true, false])).toBe(1);
    // Both call half the items true, independently: agreement 50% is what chance gives.
    expect(cohensKappa([true, true, false, false], [true, false, true, false])).toBe(0);
    expect(cohensKappa([true, false], [false, true])).toBe(-1);
    expect(cohensKappa([false, false], [false, false])).toBe(1);
    expect(cohensKappa([], [])).toBe(0);
  });
});

describe('the second reader’s labels', () => {
  const second = parseSecondReader(readFileSync(secondPath, 'utf8'), 'eval/second-reader-support-a.jsonl');

  it('hold labels only (no corpus text), each line checked', () => {
    const lines = readFileSync(secondPath, 'utf8').split('\n').filter(Boolean);
    for (const line of lines) expect(Object.keys(JSON.parse(line) as object).filter((k) => /inbound|reply$|text/.test(k))).toEqual([]);
    expect(() => parseSecondReader('{"tweet_id": "1", "complaint": "yes"}', 's.jsonl')).toThrow(/s\.jsonl:1: complaint:/);
  });

  it('cover half A only: the held-out half B is never read, not even by a person', () => {
    expect(second.length).toBeGreaterThan(100);
    for (const row of second) expect(halfOf(row.tweet_id)).toBe('A');
  });

  it.skipIf(!existsSync(supportPath))('match every half-A pair of the corpus, and agree with its reader far beyond chance', () => {
    const pairs = supportPairs(readFileSync(supportPath, 'utf8'));
    const halfA = pairs.filter((p) => halfOf(p.tweet_id) === 'A');
    expect(new Set(second.map((s) => s.tweet_id))).toEqual(new Set(halfA.map((p) => p.tweet_id)));
    const a = measureAgreement(pairs, second);
    expect(a.unmatched).toBe(0);
    expect(a.pairs).toBe(112);
    for (const f of a.fields) expect(f.kappa).toBeGreaterThan(0.8);
    expect(a.takeOffline).toMatchObject({ tp: 7, fp: 3, fn: 0 });
  });
});
