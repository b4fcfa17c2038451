import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analysis/analyze';
import { ReportSchema } from '@/lib/analysis/schemas';

// Synthetic drafts written for these tests (not from a corpus).
describe('the report shows what was read', () => {
  it('lists the asks with their stages', () => {
    const text = 'Five ways to brew at home. Read on! And tell us your favourite in the comments.';
    const report = analyze({ platform: 'linkedin', kind: 'post', text }, { now: 0 });
    expect(ReportSchema.parse(report)).toEqual(report);
    expect(report.ctas?.map((c) => [c.text, c.stage])).toEqual([
      ['Read on', 'interest'],
      ['tell us your favourite in the comments', 'conversation'],
    ]);
    for (const c of report.ctas!) expect(text.slice(c.start, c.end)).toBe(c.text);
    expect(report.complaint).toBeUndefined();
  });

  it('gives the reader stage read from the post answered when nobody set it, and what it mentions', () => {
    const reply = {
      platform: 'x',
      kind: 'reply',
      text: 'So sorry, we are on it!',
      replyTo: { text: '@ShopCo my order never arrived' },
    } as const;
    const inferred = analyze(reply, { now: 0 });
    expect(ReportSchema.parse(inferred)).toEqual(inferred);
    expect(inferred).toMatchObject({ readerStage: 'loyalty', readerStageAssumed: false, readerStageInferredFrom: 'their order' });
    // A stage someone set wins, and a post is never read for it.
    const set = analyze({ ...reply, readerStage: 'interest' }, { now: 0 });
    expect(set).toMatchObject({ readerStage: 'interest', readerStageAssumed: false });
    expect(set).not.toHaveProperty('readerStageInferredFrom');
    const post = analyze({ platform: 'x', kind: 'post', text: 'My order of beans arrived, thanks team!' }, { now: 0 });
    expect(post).toMatchObject({ readerStage: 'awareness', readerStageAssumed: true });
    expect(post).not.toHaveProperty('readerStageInferredFrom');
  });

  it('gives the reading of the post being answered', () => {
    const report = analyze(
      {
        platform: 'x',
        kind: 'reply',
        text: 'So sorry about this!',
        replyTo: { text: '@ShopCo I was charged twice for one order. Unacceptable.' },
      },
      { now: 0 },
    );
    expect(report.complaint).toMatchObject({ needsPrivate: true });
    expect(report.complaint!.confidence).toBeGreaterThan(0.5);
    expect(report.complaint!.reasons.join(' | ')).toMatch(/their own money/);
    expect(report.ctas).toEqual([]);
  });

  it('names each reason once: not twice for one word, nor a word apart from the phrase it is in', () => {
    const read = (text: string) =>
      analyze({ platform: 'x', kind: 'reply', text: 'So sorry!', replyTo: { text } }, { now: 0 }).complaint!.reasons;
    for (const list of [read('@ShopCo my order never arrived'), read('@AcmeAir delayed again, and again tomorrow? never again')]) {
      expect(new Set(list).size).toBe(list.length);
    }
    const order = read('@ShopCo my order never arrived');
    expect(order).toContain('a failure “never arrived”');
    expect(order).not.toContain('something good negated “never”');
  });
});
