/**
 * The complaint checks' figures on the labeled corpora must not regress. Floors sit just below
 * what the checks reach today (see `npm run eval`); raise them when the checks improve.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyComplaint } from '@/lib/analysis/complaint/classify';
import { parseComplaintModel } from '@/lib/analysis/complaint/model';
import {
  decodeEntities,
  evaluateAirline,
  evaluateSupport,
  evaluateSupportPairs,
  parseCsvRecords,
  parseExtraSupport,
  score,
} from '@/lib/eval/complaint';
import { airlineExamples, SUPPORT_WEIGHT, supportExamples, trainComplaintModel } from '@/lib/eval/train';

const corpus = join(__dirname, '../../../shared/corpus');
const airlinePath = join(corpus, 'airline-dev.csv');
const supportPath = join(corpus, 'support-dev.jsonl');
const haveCorpus = existsSync(airlinePath) && existsSync(supportPath);

describe('eval helpers', () => {
  it('parses quoted CSV fields with commas, doubled quotes and newlines into records', () => {
    const csv = '\uFEFFa,b,c\r\n1,"two, three","say ""hi"""\n"multi\nline",,x\n';
    expect(parseCsvRecords(csv)).toEqual([
      { a: '1', b: 'two, three', c: 'say "hi"' },
      { a: 'multi\nline', b: '', c: 'x' },
    ]);
  });

  it('decodes the HTML entities tweets carry', () => {
    expect(decodeEntities('A &amp; B &lt;3 &gt; &quot;x&quot; &#39;y&#x27; &bogus;')).toBe('A & B <3 > "x" \'y\' &bogus;');
  });

  // An extra labelled file (half C, kept outside the repo): validated line by line, never skipped.
  it('parses an extra support file and names the line and field of a labelling slip', () => {
    const row = {
      tweet_id: 7,
      inbound: '@ShopCo my parcel &amp; its twin never arrived',
      reply: 'So sorry! Send us a DM with the order number.',
      complaint: true,
      private_channel: true,
      public_data_ask: false,
      unsure: false,
      needs_private: true,
      reply_resolves_publicly: false,
      needs_private_confidence: 'high',
    };
    const pairs = parseExtraSupport(`${JSON.stringify(row)}\n\n`, 'c.jsonl');
    expect(pairs).toEqual([{ ...row, tweet_id: '7', inbound: '@ShopCo my parcel & its twin never arrived' }]);
    const measures = evaluateSupportPairs(' half C', pairs);
    expect(measures[1]!.metrics).toMatchObject({ tp: 1, fp: 0, fn: 0 }); // the reply's DM is found
    expect(() => parseExtraSupport(`${JSON.stringify(row)}\n${JSON.stringify({ ...row, needs_private: 'yes' })}`, 'c.jsonl')).toThrow(
      /c\.jsonl:2: needs_private:/,
    );
    expect(() => parseExtraSupport('{"tweet_id": 1,', 'c.jsonl')).toThrow('c.jsonl:1: not valid JSON');
  });

  it('scores without NaN on empty classes', () => {
    expect(score([])).toMatchObject({ precision: 0, recall: 0, f1: 0 });
    expect(
      score([
        { predicted: true, expected: true },
        { predicted: true, expected: false },
      ]),
    ).toMatchObject({ tp: 1, fp: 1, precision: 0.5, recall: 1 });
  });
});

describe.skipIf(!haveCorpus)('complaint checks on the corpora', () => {
  const airline = haveCorpus ? evaluateAirline(readFileSync(airlinePath, 'utf8')) : [];
  const support = haveCorpus ? evaluateSupport(readFileSync(supportPath, 'utf8')) : undefined;
  const [complaint, channel, dataAsk, takeOffline, acknowledge] = support?.all ?? [];
  const dataAskAll = support?.publicDataAskAll;

  it('reads every row of both files', () => {
    const a = airline[0]!.metrics;
    expect(a.tp + a.fp + a.fn + a.tn).toBe(7353);
    const s = complaint!.metrics;
    expect(s.tp + s.fp + s.fn + s.tn).toBe(236);
  });

  it('detects airline complaints', () => {
    const m = airline[0]!.metrics;
    expect(m.f1).toBeGreaterThanOrEqual(0.855); // reached 0.860
    expect(m.precision).toBeGreaterThanOrEqual(0.885); // 0.892
    expect(m.recall).toBeGreaterThanOrEqual(0.825); // 0.831
  });

  it('splits the airline corpus into two fixed halves', () => {
    const [, a, b] = airline;
    const n = (m: typeof a) => m!.metrics.tp + m!.metrics.fp + m!.metrics.fn + m!.metrics.tn;
    expect(n(a) + n(b)).toBe(7353);
    expect(n(a)).toBe(3656);
  });

  // Cues are tuned on misses from half A only; half B is held out. A gap between them is overfitting.
  it('detects airline complaints on the tuning half and on the held-out half alike', () => {
    const a = airline[1]!.metrics;
    const b = airline[2]!.metrics;
    expect(a.f1).toBeGreaterThanOrEqual(0.858); // reached 0.863
    expect(b.f1).toBeGreaterThanOrEqual(0.853); // reached 0.858
    expect(Math.abs(a.f1 - b.f1)).toBeLessThanOrEqual(0.02);
  });

  it('detects complaints in support inbound posts', () => {
    const m = complaint!.metrics;
    expect(m.f1).toBeGreaterThanOrEqual(0.93); // reached 0.935
    expect(m.precision).toBeGreaterThanOrEqual(0.965); // 0.973
    expect(m.recall).toBeGreaterThanOrEqual(0.895); // 0.901
  });

  it('detects replies that offer a private channel', () => {
    const m = channel!.metrics;
    expect(m.f1).toBeGreaterThanOrEqual(0.98); // reached 1.000
    expect(m.precision).toBeGreaterThanOrEqual(0.98);
    expect(m.recall).toBeGreaterThanOrEqual(0.98);
  });

  it('raises no public-data ask where none is labeled', () => {
    expect(dataAsk!.metrics.fp).toBeLessThanOrEqual(1);
  });

  it('finds the one labeled public-data ask (an unsure row) without false alarms', () => {
    expect(dataAskAll!.metrics.tp).toBe(1);
    expect(dataAskAll!.metrics.fp).toBeLessThanOrEqual(1);
  });

  // Take-offline is judged against the labels' needs_private ∧ ¬private_channel at warn/fix.
  it('asks for a private channel where the complaint needs one', () => {
    const m = takeOffline!.metrics;
    expect(m.f1).toBeGreaterThanOrEqual(0.62); // reached 0.636 (target 0.85: not met yet)
    expect(m.precision).toBeGreaterThanOrEqual(0.68); // 0.700
    const held = support!.heldOut[3]!.metrics;
    expect(held.f1).toBeGreaterThanOrEqual(0.49); // held-out half B reached 0.500
    const tune = support!.tune[3]!.metrics;
    expect(tune.f1).toBeGreaterThanOrEqual(0.87); // tuning half A reached 0.875 (recall 1.0)
  });

  it('acknowledge fires only on complaints', () => {
    expect(acknowledge!.metrics.precision).toBeGreaterThanOrEqual(0.955); // reached 0.959 (0.962 before it skipped praise and answered questions, 0.955 before the 0.6 floor)
  });
});

describe.skipIf(!haveCorpus)('the complaint model on the corpora (trained on half A only)', () => {
  const assetPath = join(__dirname, '../../assets/complaint-model.json');
  const model = parseComplaintModel(JSON.parse(readFileSync(assetPath, 'utf8')));
  const airlineCsv = haveCorpus ? readFileSync(airlinePath, 'utf8') : '';
  const supportJsonl = haveCorpus ? readFileSync(supportPath, 'utf8') : '';

  it('is what `npm run train` writes from half A (same weights, no half-B row)', () => {
    const retrained = trainComplaintModel([...airlineExamples(airlineCsv, 'A'), ...supportExamples(supportJsonl, 'A', SUPPORT_WEIGHT)]);
    expect({ ...retrained, trainedOn: model.trainedOn }).toEqual(model);
  }, 120_000);

  it('beats the readable cues on the held-out halves', () => {
    const airlineB = evaluateAirline(airlineCsv, model)[2]!.metrics;
    expect(airlineB.f1).toBeGreaterThanOrEqual(0.884); // reached 0.889 (cues alone 0.858; target 0.90 not met)
    const supportB = evaluateSupport(supportJsonl, model).heldOut[0]!.metrics;
    expect(supportB.f1).toBeGreaterThanOrEqual(0.905); // reached 0.910 (cues alone 0.897)
  }, 120_000);

  it('acknowledge stays quiet on posts that are not complaints (service requests, jokes)', () => {
    const s = evaluateSupport(supportJsonl, model);
    expect(s.all[4]!.metrics.precision).toBeGreaterThanOrEqual(0.955); // reached 0.963 (0.954 before praise/answered questions were skipped)
    expect(s.heldOut[4]!.metrics.precision).toBeGreaterThanOrEqual(0.915); // half B reached 0.923 (0.909 before; 0.894 with a 0.5 floor)
    expect(s.tune[4]!.metrics.precision).toBe(1); // half A: 43 of 43
  }, 120_000);

  it('carries across domains: trained on airline half A, tested on support', () => {
    const cross = trainComplaintModel(airlineExamples(airlineCsv, 'A'));
    const test = supportExamples(supportJsonl, 'B');
    const m = score(test.map((e) => ({ predicted: classifyComplaint(e.text, cross).complaint, expected: e.complaint })));
    expect(m.f1).toBeGreaterThanOrEqual(0.915); // reached 0.921
  }, 120_000);
});
