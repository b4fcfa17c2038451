import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analysis/analyze';
import { classifyComplaint } from '@/lib/analysis/complaint/classify';
import { parseComplaintModel, scoreWithModel, textFeatures, type ComplaintModel } from '@/lib/analysis/complaint/model';
import { trainComplaintModel, type Example } from '@/lib/eval/train';

const NOW = Date.UTC(2026, 2, 2, 12);
const shipped = parseComplaintModel(JSON.parse(readFileSync(join(__dirname, '../../../assets/complaint-model.json'), 'utf8')));

const toy: ComplaintModel = {
  version: 1,
  bias: -1,
  cueScore: 0,
  cueKinds: {},
  terms: { 'w:refund': 2, 'w:still': 1.5, 'w:thanks': -2 },
  threshold: 0.5,
};

describe('complaint model', () => {
  it('rejects weights that are not a model, naming where they came from', () => {
    expect(() => parseComplaintModel({ version: 2 }, 'assets/x.json')).toThrow(/^assets\/x\.json: not a complaint model/);
    expect(() => parseComplaintModel({ ...toy, terms: { 'w:a': 'heavy' } })).toThrow(/terms/);
    expect(parseComplaintModel(toy)).toEqual(toy);
  });

  it('reads words, bigrams and character trigrams, folding links, handles and digits', () => {
    const keys = textFeatures('@shop Refund 123 https://x.co/a').map((f) => f.key);
    expect(keys).toEqual(expect.arrayContaining(['w:<at>', 'w:refund', 'b:<at> refund', 'w:000', 'w:<url>', 'c: re', 'c:fun', 'c:nd ']));
  });

  it('adds the weights of the terms present once each and explains with the words that weighed most', () => {
    const text = 'Still no refund, still waiting';
    const read = scoreWithModel(toy, text, 0, new Set());
    expect(read.confidence).toBeCloseTo(1 / (1 + Math.exp(-(-1 + 2 + 1.5))), 10);
    expect(read.complaint).toBe(true);
    expect(read.evidence.map((e) => text.slice(e.span.start, e.span.end))).toEqual(['refund', 'Still']);
    expect(scoreWithModel(toy, 'thanks!', 0, new Set()).complaint).toBe(false);
  });

  it('combines with the cues: their log-odds and kinds are features', () => {
    const withCues = { ...toy, terms: {}, cueScore: 1, cueKinds: { problem: 0.5 } };
    expect(scoreWithModel(withCues, 'x', 2, new Set(['problem'])).confidence).toBeCloseTo(1 / (1 + Math.exp(-1.5)), 10);
  });

  it('decides the classification when given, and the readable cues decide without it', () => {
    const text = 'Where is my refund';
    expect(classifyComplaint(text, toy).evidence?.[0]?.term).toBe('refund');
    expect(classifyComplaint(text).evidence).toBeUndefined();
  });

  it('reads the slang and polite complaints the issue names with the shipped weights', () => {
    for (const text of [
      "@shop still haven't received it. Can you help? Thanks",
      '@app the update DOSENT work on my phone',
      '@airline 3 hours on the tarmac, not cool',
      '@shop I was charged twice for one order',
    ]) {
      expect(classifyComplaint(text, shipped).complaint, text).toBe(true);
    }
    for (const text of ['@airline thank you for the smooth flight, great crew!', '@shop what time do you open on Sunday?']) {
      expect(classifyComplaint(text, shipped).complaint, text).toBe(false);
    }
  });

  it('says in the report which words weighed most', () => {
    const report = analyze(
      {
        platform: 'x',
        kind: 'reply',
        text: 'Sorry about that!',
        replyTo: { text: '@shop still no refund after 3 weeks, this is ridiculous' },
      },
      { now: NOW, complaintModel: shipped },
    );
    expect(report.complaint?.reasons.some((r) => r.startsWith('the model weighed “'))).toBe(true);
  });

  it('is small', () => {
    const bytes = readFileSync(join(__dirname, '../../../assets/complaint-model.json')).length;
    expect(bytes).toBeLessThan(64 * 1024);
  });
});

describe('training', () => {
  // Written for this test: a separable toy set.
  const examples: Example[] = [];
  for (let i = 0; i < 12; i++) {
    examples.push({ text: `@shop my parcel ${i} is still missing, want a refund`, complaint: true });
    examples.push({ text: `@shop order ${i} never arrived and support ignores me`, complaint: true });
    examples.push({ text: `@shop what are your opening hours on day ${i}?`, complaint: false });
    examples.push({ text: `@shop lovely service today, thank you ${i}`, complaint: false });
  }

  it('is deterministic: the same examples give the same weights', () => {
    expect(trainComplaintModel(examples, { epochs: 60 })).toEqual(trainComplaintModel(examples, { epochs: 60 }));
  });

  it('learns what it is shown and keeps only terms that weigh', () => {
    const model = trainComplaintModel(examples, { epochs: 150, l2: 1e-3, minWeight: 0.01 });
    expect(parseComplaintModel(model)).toEqual(model);
    expect(model.terms['w:missing']).toBeGreaterThan(0);
    expect(model.terms['w:thank']).toBeLessThan(0);
    expect(classifyComplaint('@shop my parcel is missing', model).complaint).toBe(true);
    expect(classifyComplaint('@shop opening hours on Sunday?', model).complaint).toBe(false);
    expect(Object.values(model.terms).every((w) => Math.abs(w) >= 0.01)).toBe(true);
  });
});
