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
});
