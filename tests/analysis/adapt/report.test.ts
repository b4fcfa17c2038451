import { describe, expect, it } from 'vitest';
import { withComposerExtras } from '@/lib/analysis/adapt/report';
import { analyze } from '@/lib/analysis/analyze';
import { ReportSchema, type Draft } from '@/lib/analysis/schemas';
import { NOW } from '../../helpers/rule-tester';

const extras = (draft: Draft, settings = {}) => withComposerExtras(draft, analyze(draft, { settings, now: NOW }), { settings, now: NOW });

describe('the composer card extras', () => {
  it('an Instagram caption pasted into LinkedIn gets an adaptation that re-checks clean', () => {
    const draft: Draft = {
      platform: 'linkedin',
      kind: 'post',
      text: 'New drop today ✨ link in bio!\n\n#ceramics #handmade #pottery #studio #clay #glaze #kiln',
    };
    const report = extras(draft);
    expect(ReportSchema.parse(report)).toEqual(report);
    expect(report.adaptation?.target).toBe('linkedin');
    const again = analyze({ ...draft, text: report.adaptation!.text }, { now: NOW });
    expect(again.findings.filter((f) => f.category === 'platform-norms')).toEqual([]);
  });

  it('no adaptation for a draft that keeps the norms; folds for a long post', () => {
    const text = `${'A calm and honest opening line that keeps going for a while. '.repeat(6)}`;
    const report = extras({ platform: 'facebook', kind: 'post', text });
    expect(report.adaptation).toBeUndefined();
    expect(report.folds?.map((f) => [f.device, f.folded])).toEqual([
      ['desktop', false],
      ['mobile', true],
    ]);
  });

  it('X folds only with Premium, and a 1,000-character Premium reply is fine', () => {
    const reply: Draft = {
      platform: 'x',
      kind: 'reply',
      text: 'Thanks for asking, here is the long answer. '.repeat(23),
      replyTo: { text: 'How does it work?' },
    };
    expect(extras(reply).folds).toBeUndefined();
    const premium = extras(reply, { xPremium: true });
    expect(premium.findings.filter((f) => f.category === 'platform-norms').map((f) => f.ruleId)).toEqual([]);
    expect(premium.folds).toEqual([expect.objectContaining({ device: 'all', folded: true, chars: 280, lines: 0 })]);
  });
});
