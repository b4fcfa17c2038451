import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analysis/analyze';
import { classifyComplaint } from '@/lib/analysis/complaint/classify';
import { featureKeys, forEachFeature, parseComplaintModel, scoreWithModel, type ComplaintModel } from '@/lib/analysis/complaint/model';
import { foldMeanF1, trainComplaintModel, type Example } from '@/lib/eval/train';

const NOW = Date.UTC(2026, 2, 2, 12);
const shipped = parseComplaintModel(JSON.parse(readFileSync(join(__dirname, '../../../assets/complaint-model.json'), 'utf8')));

const FEATURES = { charMin: 3, charMax: 5, bigrams: true, negation: true };
const toy: ComplaintModel = {
  version: 2,
  bias: -1,
  cueScore: 0,
  cueKinds: {},
  features: FEATURES,
  quantum: 0.5,
  terms: { 'w:refund': 4, 'w:still': 3, 'w:thanks': -4 },
  threshold: 0.5,
};

describe('complaint model', () => {
  it('rejects weights that are not a model, naming where they came from', () => {
    expect(() => parseComplaintModel({ version: 2 }, 'assets/x.json')).toThrow(/^assets\/x\.json: not a complaint model/);
    expect(() => parseComplaintModel({ ...toy, terms: { 'w:a': 'heavy' } })).toThrow(/terms/);
    expect(() => parseComplaintModel({ ...toy, terms: { 'w:a': 0.5 } })).toThrow(/terms/); // whole multiples of the quantum
    expect(() => parseComplaintModel({ ...toy, features: { ...FEATURES, charMin: 5, charMax: 3 } })).toThrow(/charMin/);
    expect(parseComplaintModel(toy)).toEqual(toy);
  });

  it('reads words, bigrams and character 3- to 5-grams, folding links, handles and digits', () => {
    const keys = featureKeys('@shop Refund 123 https://x.co/a', FEATURES);
    expect(keys).toEqual(
      expect.arrayContaining([
        'w:<at>',
        'w:refund',
        'b:<at> refund',
        'w:00', // digits fold to 0, runs to two
        'w:<url>',
        'c: re',
        'c:fun',
        'c:nd ',
        'c:refu',
        'c: refu',
        'c:fund ',
      ]),
    );
    expect(keys).not.toContain('c: refun'); // six characters
    expect(keys.filter((k) => k.startsWith('c:') && k.includes('<'))).toEqual([]); // no n-grams of links or handles
  });

  it('reads tweets as they are written: NFKC, lower case, elongations, emoji, emoticons', () => {
    const keys = featureKeys('𝐒𝐔𝐁𝐒𝐂𝐑𝐈𝐁𝐄 sooooo SLOWWWW 😡 :( #Fail', FEATURES);
    expect(keys).toEqual(expect.arrayContaining(['w:subscribe', 'w:soo', 'w:sloww', 'w:😡', 'w::(', 'w:#fail', 'c: fail', 'f:caps']));
    expect(featureKeys('10:30 flight', FEATURES)).not.toContain('w::3'); // a time is no emoticon
  });

  it('marks the words a negation covers, up to the next punctuation', () => {
    expect(scoreWithModel(toy, 'no refund', 0, new Set()).confidence).toBeCloseTo(1 / (1 + Math.exp(1)), 10); // "w:!refund" weighs nothing
    const keys = featureKeys("not good at all. Good now, didn't help", FEATURES);
    expect(keys).toEqual(expect.arrayContaining(['w:!good', 'w:!at', 'w:!all', 'w:good', 'w:now', 'w:!help']));
    expect(keys).not.toContain('w:!now');
  });

  // The fast reading (cached per word) must add up exactly what the reference features say.
  it('scores exactly the distinct reference features of a text', () => {
    const keys = ['w:not', 'w:!good', 'c:ood', 'c: go', 'b:not good', 'w:<at>', 'c:ait', 'f:caps', 'w:😡', 'b:<at> still', 'w:still'];
    const model: ComplaintModel = {
      ...toy,
      quantum: 0.01,
      terms: Object.fromEntries(keys.map((k, i) => [k, (i % 2 === 0 ? 1 : -1) * (10 + 7 * i)])),
    };
    const long = Array.from({ length: 130 }, (_, i) => `word${i}`).join(' ');
    for (const text of [
      '@shop not good, waiting WAITING 😡 still',
      '@shop still good good good. not good! wait wait',
      `${long} wait good`,
      '',
      'ok',
    ]) {
      const seen = new Set<string>();
      let z = model.bias;
      forEachFeature(text, model.features, (key) => {
        if (seen.has(key)) return;
        seen.add(key);
        z += (model.terms[key] ?? 0) * model.quantum;
      });
      expect(scoreWithModel(model, text, 0, new Set()).confidence, text).toBeCloseTo(1 / (1 + Math.exp(-z)), 12);
    }
  });

  it('adds the weights of the terms present once each and explains with the words that weighed most', () => {
    const text = 'Still waiting for a refund, still waiting';
    const read = scoreWithModel(toy, text, 0, new Set());
    expect(read.confidence).toBeCloseTo(1 / (1 + Math.exp(-(-1 + 2 + 1.5))), 10); // terms × quantum
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

  it('reads alike however many words it has seen (its per-word memory is bounded and only saves time)', () => {
    const model: ComplaintModel = { ...toy, terms: { 'w:refund': 4, 'c:und': 1, 'b:my refund': 2 } };
    const text = '@shop where is my refund';
    const first = scoreWithModel(model, text, 0, new Set()).confidence;
    // Far more distinct words than it remembers, then the same text again.
    for (let i = 0; i < 25_000; i++) scoreWithModel(model, `w${i}x refunded${i}`, 0, new Set());
    expect(scoreWithModel(model, text, 0, new Set()).confidence).toBe(first);
    expect(scoreWithModel(structuredClone(model), text, 0, new Set()).confidence).toBe(first);
  });

  it('explains with words and phrases, heaviest first, never two overlapping', () => {
    const model: ComplaintModel = { ...toy, quantum: 0.1, terms: { 'w:still': 10, 'b:no refund': 30, 'w:refund': 20, 'w:waiting': 5 } };
    const text = 'Still no refund, still waiting';
    const read = scoreWithModel(model, text, 0, new Set());
    expect(read.evidence.map((e) => [text.slice(e.span.start, e.span.end), e.term, e.weight])).toEqual([
      ['no refund', 'no refund', 3],
      ['Still', 'still', 1],
      ['waiting', 'waiting', 0.5],
    ]);
  });

  it('names no function word, no handle pair and nothing light as evidence, and none for a text that is no complaint', () => {
    const model: ComplaintModel = { ...toy, quantum: 0.01, terms: { 'w:you': 90, 'b:<at> still': 90, 'w:still': 300, 'w:late': 5 } };
    const text = '@shop you still late';
    expect(scoreWithModel(model, text, 0, new Set()).evidence.map((e) => e.term)).toEqual(['still']);
    expect(scoreWithModel({ ...model, bias: -9 }, text, 0, new Set()).evidence).toEqual([]);
  });

  it('is small', () => {
    const bytes = readFileSync(join(__dirname, '../../../assets/complaint-model.json')).length;
    expect(bytes).toBeLessThan(160 * 1024);
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

  it('regularises blocks of features apart when asked', () => {
    const plain = trainComplaintModel(examples, { epochs: 150, l2: 1e-3 });
    expect(trainComplaintModel(examples, { epochs: 150, l2: 1e-3, l2By: { w: 1, c: 1 } })).toEqual(plain);
    // Cue features held at zero: the words alone decide.
    const noCues = trainComplaintModel(examples, { epochs: 150, l2: 1e-3, l2By: { cue: 1e4 } });
    expect(Math.abs(noCues.cueScore)).toBeLessThan(0.01);
    expect(Object.values(noCues.cueKinds).every((w) => Math.abs(w) < 0.01)).toBe(true);
    expect(noCues.terms['w:missing']).toBeGreaterThan(0);
    // Char n-grams held at zero: none is kept, words still are.
    const noChars = trainComplaintModel(examples, { epochs: 150, l2: 1e-3, l2By: { c: 1e4 } });
    expect(Object.keys(noChars.terms).some((t) => t.startsWith('c:'))).toBe(false);
    expect(noChars.terms['w:missing']).toBeGreaterThan(0);
  });

  it('averages F1 over the folds cross-validation uses (positions ≡ f mod k)', () => {
    const ex = [true, true, false, false].map((complaint) => ({ text: '', complaint }));
    // Fold 0 = positions 0 and 2: one hit, one false alarm (F1 2/3); fold 1 = 1 and 3: one hit (F1 1).
    expect(foldMeanF1(ex, [0.9, 0.9, 0.9, 0.1], 0.5, 2)).toBeCloseTo((2 / 3 + 1) / 2, 10);
  });
});
