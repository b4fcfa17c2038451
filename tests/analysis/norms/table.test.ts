import { describe, expect, it } from 'vitest';
import { createRuleContext } from '@/lib/analysis/analyze';
import { draftNorms, PLATFORM_NORMS } from '@/lib/analysis/norms/table';
import type { Draft, SettingsInput } from '@/lib/analysis/schemas';
import { NOW } from '../../helpers/rule-tester';

const norms = (draft: Omit<Draft, 'text'>, settings: SettingsInput = {}) =>
  draftNorms(createRuleContext({ ...draft, text: '' }, { settings, now: NOW }).ctx);

describe('platform norms', () => {
  it('holds the SPEC §3 numbers', () => {
    expect(PLATFORM_NORMS.x.postLimit).toBe(280);
    expect(PLATFORM_NORMS.facebook.postLimit).toBe(63_206);
    expect(PLATFORM_NORMS.facebook.commentLimit).toBe(8_000);
    expect(PLATFORM_NORMS.linkedin.postLimit).toBe(3_000);
    expect(PLATFORM_NORMS.instagram.postLimit).toBe(2_200);
    expect(PLATFORM_NORMS.instagram.hashtagCap).toBe(5);
  });

  it('picks the limit for the kind of draft', () => {
    expect(norms({ platform: 'facebook', kind: 'comment' }).limit).toBe(8_000);
    expect(norms({ platform: 'linkedin', kind: 'comment' })).toMatchObject({ limit: 1_250, limitApprox: true });
    expect(norms({ platform: 'linkedin', kind: 'post' })).toMatchObject({ limit: 3_000, limitApprox: false });
  });

  it('X Premium allows long posts and long replies, folded at ~280', () => {
    const settings = { xPremium: true };
    expect(norms({ platform: 'x', kind: 'post' }, settings)).toMatchObject({ limit: 25_000, xPremium: true, seeMore: 280 });
    expect(norms({ platform: 'x', kind: 'reply' }, settings)).toMatchObject({ limit: 25_000, xPremium: true });
    expect(norms({ platform: 'x', kind: 'post' })).toMatchObject({ limit: 280, xPremium: false, seeMore: null });
    expect(norms({ platform: 'linkedin', kind: 'post' }, settings)).toMatchObject({ limit: 3_000, xPremium: false });
    expect(norms({ platform: 'x', kind: 'reply' }, { xPremium: true, norms: { x: { commentLimit: 4_000 } } }).limit).toBe(4_000);
  });

  it('applies the user overrides', () => {
    const settings = { norms: { x: { postLimit: 25_000, hashtagHabit: 3 }, linkedin: { commentLimit: 1_500 } } };
    expect(norms({ platform: 'x', kind: 'post' }, settings)).toMatchObject({ limit: 25_000, hashtagMax: 3, habitText: '1–3' });
    expect(norms({ platform: 'x', kind: 'reply' }, settings).limit).toBe(280);
    expect(norms({ platform: 'linkedin', kind: 'comment' }, settings)).toMatchObject({ limit: 1_500, limitApprox: false });
    expect(norms({ platform: 'x', kind: 'post' }, { norms: { x: { hashtagHabit: 0 } } }).habitText).toBe('none');
    expect(norms({ platform: 'instagram', kind: 'post' }, { norms: { instagram: { hashtagCap: 10 } } }).hashtagCap).toBe(10);
  });
});
