import { describe, expect, it } from 'vitest';
import { createRuleContext, runRules } from '@/lib/analysis/analyze';
import { normsRules } from '@/lib/analysis/rules/norms/index';
import { normViolations } from '@/lib/analysis/norms/violations';
import type { Draft, SettingsInput } from '@/lib/analysis/schemas';
import { NOW } from '../../helpers/rule-tester';

const context = (draft: Draft, settings: SettingsInput = {}) => createRuleContext(draft, { settings, now: NOW }).ctx;

describe('normViolations', () => {
  it('lists each broken norm of an Instagram text reused on X in a few words', () => {
    const text =
      `${'Our summer menu is here, with fresh pasta, salads and more. '.repeat(5)}Link in bio!\n` +
      '📸 by @anna.takes.photos\n#food #summer #pasta #foodie';
    const ctx = context({ platform: 'x', kind: 'post', text });
    expect(normViolations(ctx).map((v) => `${v.ruleId} ${v.summary}`)).toEqual([
      'norms/foreign-handles @anna.takes.photos: not a handle on X',
      'norms/hashtags 4 hashtags (X habit: 1–2)',
      `norms/length ${text.length}/280 characters`,
      'norms/links "link in bio" outside Instagram',
    ]);
  });

  it('names thread markers and Markdown on LinkedIn', () => {
    const ctx = context({ platform: 'linkedin', kind: 'post', text: '**Pricing** lessons 🧵\n\nFirst, charge more.' });
    expect(normViolations(ctx).map((v) => v.summary)).toEqual(['Markdown (bold)', 'thread marker "🧵" outside X']);
  });

  it('leaves out hints and disabled rules', () => {
    const text = `${'word '.repeat(60)}\n\n#a #b #c #d #e #f #g`;
    const ctx = context({ platform: 'instagram', kind: 'post', text }, { disabledRules: ['norms/hashtags'] });
    expect(normViolations(ctx)).toEqual([]);
  });

  it('is empty for a draft that fits', () => {
    expect(normViolations(context({ platform: 'x', kind: 'post', text: 'Hello #world' }))).toEqual([]);
  });

  it("reuses the rules' checks instead of running them again", () => {
    const ctx = context({ platform: 'x', kind: 'post', text: `${'a'.repeat(300)} #a #b #c` });
    const computed: string[] = [];
    const memo = ctx.memo.bind(ctx);
    ctx.memo = (key, compute) => memo(key, () => (computed.push(key), compute()));
    const findings = runRules(ctx, normsRules);
    const checks = computed.filter((key) => key.startsWith('check:')).length;
    expect(checks).toBe(normsRules.length);
    expect(normViolations(ctx)).toHaveLength(2);
    expect(computed.filter((key) => key.startsWith('check:'))).toHaveLength(checks);
    expect(findings.map((f) => f.ruleId)).toEqual(['norms/length', 'norms/hashtags']);
    expect(normViolations(ctx)).toBe(normViolations(ctx));
  });
});
