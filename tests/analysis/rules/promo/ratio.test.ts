import { describe, expect, it } from 'vitest';
import rule from '@/lib/analysis/rules/promo/ratio';
import type { HistoryItem, Platform } from '@/lib/analysis/schemas';
import { hoursAgo, ruleTester, runRule } from '../../../helpers/rule-tester';

const PROMO = 'Spring sale: 30% off all loaves this weekend only!';
const SOCIAL = 'Five things we learned baking 1,000 loaves this year.';
const DRAFT = 'Our spring sale is live. Use code SPRING20 for 20% off 🌸';

/** `promo` promotional and `social` social posts, newest first, one hour apart (promotional first). */
function history(promo: number, social: number, extra: Partial<HistoryItem> = {}, platform: Platform = 'linkedin'): HistoryItem[] {
  const texts = [...Array(promo).fill(PROMO), ...Array(social).fill(SOCIAL)] as string[];
  return texts.map((text, i) => ({ platform, kind: 'post', text, postedAt: hoursAgo(i + 1), ...extra }));
}

ruleTester(rule, {
  valid: [
    { name: 'a healthy mix (1 of 10)', draft: { platform: 'linkedin', text: DRAFT }, history: history(1, 9) },
    { name: 'a social draft after many promotional posts', draft: { platform: 'linkedin', text: SOCIAL }, history: history(10, 10) },
    {
      name: 'a post that only names a product',
      draft: { platform: 'linkedin', text: 'Our new rye is out of the oven — here is what we changed in the recipe.' },
      history: history(10, 10),
    },
    { name: 'too little history to judge (4 posts)', draft: { platform: 'linkedin', text: DRAFT }, history: history(4, 0) },
    { name: 'no history', draft: { platform: 'linkedin', text: DRAFT } },
    { name: 'replies are not posts', draft: { platform: 'linkedin', kind: 'comment', text: DRAFT }, history: history(10, 10) },
    {
      name: 'promotional posts on another platform do not count',
      draft: { platform: 'linkedin', text: DRAFT },
      history: [...history(0, 10), ...history(10, 0, {}, 'x')],
    },
    {
      name: 'promotional posts of another account do not count',
      draft: { platform: 'linkedin', text: DRAFT, account: 'bakery' },
      history: [...history(0, 10, { account: 'bakery' }), ...history(10, 0, { account: 'cafe' })],
    },
    {
      name: 'only the last 20 posts count',
      draft: { platform: 'linkedin', text: DRAFT },
      history: history(0, 20).concat(history(10, 0).map((p, i) => ({ ...p, postedAt: hoursAgo(100 + i) }))),
    },
    {
      name: 'a higher share set in the settings',
      draft: { platform: 'linkedin', text: DRAFT },
      history: history(6, 14),
      settings: { promoShare: 0.5 },
    },
    {
      name: 'a stored promotional flag wins over the text',
      draft: { platform: 'linkedin', text: DRAFT },
      history: history(10, 10, { promotional: false }),
    },
  ],
  invalid: [
    {
      name: '6 of the last 20 were promotional',
      draft: { platform: 'linkedin', text: DRAFT },
      history: history(6, 14),
      findings: [
        {
          messageId: 'overLimit',
          severity: 'warn',
          spans: ['spring sale', 'Use code SPRING20 for 20% off'],
          data: { promotional: 6, total: 20, percent: 30, nextPromotional: 7, nextTotal: 21, limitPercent: 20, platform: 'LinkedIn' },
        },
      ],
    },
    {
      name: 'at the limit, this one would cross it: a note',
      draft: { platform: 'linkedin', text: DRAFT },
      history: history(4, 16),
      findings: [{ messageId: 'wouldCross', severity: 'info', data: { nextPromotional: 5, nextTotal: 21, nextPercent: 24 } }],
    },
    {
      name: 'a small history (5 posts) already over the limit',
      draft: { platform: 'instagram', text: 'New drop ✨ Link in bio to shop' },
      history: history(2, 3, {}, 'instagram'),
      findings: [{ messageId: 'overLimit', spans: ['Link in bio to shop'], data: { promotional: 2, total: 5, percent: 40 } }],
    },
    {
      name: 'stored flags say the social-looking posts were promotional',
      draft: { platform: 'x', text: 'Buy now!' },
      history: history(0, 10, { promotional: true }, 'x'),
      findings: [{ messageId: 'overLimit', data: { promotional: 10, total: 10 } }],
    },
  ],
});

describe('promo/ratio messages', () => {
  it('gives the actual ratio and what this post would make it', () => {
    const [f] = runRule(rule, { draft: { platform: 'linkedin', text: DRAFT }, history: history(6, 14) });
    expect(f).toMatchObject({
      ruleId: 'promo/ratio',
      messageId: 'overLimit',
      data: {
        platform: 'LinkedIn',
        promotional: 6,
        total: 20,
        percent: 30,
        nextPromotional: 7,
        nextTotal: 21,
        nextPercent: 33,
        limitPercent: 20,
      },
    });
  });
});
