import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createRuleContext, runRules } from '@/lib/analysis/analyze';
import { classifyComplaint } from '@/lib/analysis/complaint/classify';
import { detectPrivateChannel, findPublicDataAsks } from '@/lib/analysis/complaint/channel';
import { appendSentence, prependSentence } from '@/lib/analysis/complaint/handoff';
import { findAcknowledgements, findDefensive, wordCount } from '@/lib/analysis/complaint/reply';
import { complaintRules } from '@/lib/analysis/rules/complaint/index';
import { applyFix } from '@/lib/analysis/text/fix';
import { cpuGrowth } from '../../helpers/growth';

const COMPLAINT = '@ShopCo still waiting for my refund, three weeks now. Unacceptable, never again!!';

const everything = (text: string) => {
  classifyComplaint(text);
  detectPrivateChannel(text);
  findPublicDataAsks(text);
  findAcknowledgements(text);
  findDefensive(text);
  wordCount(text);
  applyFix(text, { label: 'a', edits: [appendSentence(text, 'Hi.')] });
  applyFix(text, { label: 'p', edits: [prependSentence(text, 'Hi.')] });
  for (const replyTo of [COMPLAINT, text]) {
    const { ctx } = createRuleContext({ platform: 'x', kind: 'reply', text, replyTo: { text: replyTo } }, { now: 0 });
    runRules(ctx, complaintRules);
  }
};

/** Inputs that make careless patterns backtrack or careless code throw. */
const nasty = [
  '',
  '\u0000\u0001\u0007\u001b',
  '\ud800',
  'a\udc00b\ud800',
  '\u202e\u05e9\u05dc\u05d5\u05dd @brand \u0645\u0631\u062d\u0628\u0627',
  'a'.repeat(100_000),
  'a-'.repeat(50_000),
  'a.'.repeat(50_000),
  '1 '.repeat(50_000),
  '1-'.repeat(50_000),
  '@'.repeat(100_000),
  '@a '.repeat(30_000),
  '#'.repeat(50_000) + 'fail',
  `#${'a'.repeat(100_000)}`,
  `http://${'a'.repeat(100_000)}`,
  'x@'.repeat(50_000),
  `${'a'.repeat(60_000)}@${'b'.repeat(40_000)}`,
  'not '.repeat(25_000),
  'reply with your '.repeat(6_000),
  'send us your order number '.repeat(4_000),
  'DM. send us your order number. '.repeat(3_000),
  'why '.repeat(25_000),
  'sorry. '.repeat(14_000),
  '!'.repeat(100_000),
  ' \n'.repeat(50_000),
  '😡'.repeat(50_000),
];

describe('complaint detectors on any string', () => {
  it.each(nasty.map((t) => [t.slice(0, 20), t] as const))('never throws on %j…', (_, text) => {
    expect(() => everything(text)).not.toThrow();
  });

  // Work, not time: an eighth of the input must cost about an eighth (slack ×4 for GC and caches);
  // a pattern that backtracks quadratically would cost 64 times more.
  it.each(nasty.filter((t) => t.length >= 40_000).map((t) => [t.slice(0, 20), t] as const))('stays linear on %j…', (_, text) => {
    const growth = cpuGrowth(
      () => everything(text.slice(0, text.length / 8)),
      () => everything(text),
    );
    expect(growth).toBeLessThan(8 * 4);
  });

  it('never throws on random strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        everything(text);
        const c = classifyComplaint(text);
        return c.confidence >= 0 && c.confidence <= 1;
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('keeps every fix edit inside the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const { ctx } = createRuleContext({ platform: 'x', kind: 'reply', text, replyTo: { text: COMPLAINT } }, { now: 0 });
        for (const f of runRules(ctx, complaintRules)) {
          for (const e of f.fix?.edits ?? []) {
            if (e.start < 0 || e.end > text.length || e.start > e.end) return false;
          }
        }
        return true;
      }),
      { numRuns: 200 },
    );
  });
});

describe('complaint family speed', () => {
  // Timing itself is printed by `npm run bench`; here only how the work grows (with generous slack:
  // CI is a busy shared machine). Linear work gives a ratio near 10.
  it('grows about linearly from a 3,000- to a 30,000-character reply', () => {
    const sentence = 'Thanks for reaching out, we checked the booking and the team is on it today. ';
    const reply = (n: number) => sentence.repeat(Math.ceil(n / sentence.length)).slice(0, n);
    const best = (text: string) => {
      let min = Infinity;
      for (let batch = 0; batch < 5; batch++) {
        const start = performance.now();
        for (let i = 0; i < 20; i++) {
          const { ctx } = createRuleContext({ platform: 'x', kind: 'reply', text, replyTo: { text: COMPLAINT } }, { now: 0, history: [] });
          runRules(ctx, complaintRules);
        }
        min = Math.min(min, performance.now() - start);
      }
      return min;
    };
    best(reply(3_000)); // warms the JIT up
    const ratio = best(reply(30_000)) / Math.max(best(reply(3_000)), 0.05);
    expect(ratio).toBeLessThan(40);
  });
});
