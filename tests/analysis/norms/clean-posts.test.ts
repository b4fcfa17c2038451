import { describe, expect, it } from 'vitest';
import { createRuleContext, runRules } from '@/lib/analysis/analyze';
import { normsRules } from '@/lib/analysis/rules/norms/index';
import type { Draft } from '@/lib/analysis/schemas';
import { NOW } from '../../helpers/rule-tester';

/** Ordinary posts written for their network: the norms family must stay silent on them. */
const CLEAN: Draft[] = [
  {
    platform: 'x',
    kind: 'post',
    text: 'Our Q3 numbers are in: signups up 48%, churn down to 2.1%. Full write-up 👉 https://example.com/q3 #SaaS',
  },
  { platform: 'x', kind: 'reply', text: '@jane_doe So sorry about the wait! Could you DM us your order number? We will sort it today.' },
  {
    platform: 'x',
    kind: 'post',
    text: 'How we cut onboarding from 9 steps to 3 🧵\n\n1/5 First, we asked 40 new users where they got stuck.',
  },
  { platform: 'x', kind: 'post', text: 'Doors open 7pm on 1/15. 1/2 price drinks till 8! 🍹 Rated 4.8/5 by our guests.' },
  {
    platform: 'facebook',
    kind: 'post',
    text: 'Pancake Tuesday at the café! 🥞\n\nRecipe for home:\n1/2 cup flour\n1/4 cup sugar\n2 eggs\n\nOrder ahead: https://example.com/menu',
  },
  { platform: 'facebook', kind: 'comment', text: 'Thanks Maria! We are open 24/7 over the holidays, see you soon.' },
  {
    platform: 'linkedin',
    kind: 'post',
    text:
      'We hired 12 engineers this year.\n\nThree things we learned:\n- write the job ad for the person, not the HR system\n' +
      '- answer every applicant within a week\n- pay for the take-home task\n\nWhat would you add?\n\n#hiring #engineering #startups',
  },
  {
    platform: 'linkedin',
    kind: 'comment',
    text: 'Great point on take-home tasks, 3/4 of our candidates said the same. Link in the first comment.',
  },
  {
    platform: 'instagram',
    kind: 'post',
    text: 'Golden hour at the roastery ☀️☕\n\nNew single origin from Huila, in store Friday. Link in bio!\n\n📸 by @anna.takes.photos\n\n#coffee #roastery #specialtycoffee',
  },
  { platform: 'instagram', kind: 'comment', text: '@mike_r yes! It is on our site, shop.example.com 🙌' },
];

describe('the norms family on ordinary posts', () => {
  for (const draft of CLEAN) {
    it(`stays silent: ${draft.platform} ${draft.kind}: ${draft.text.slice(0, 50)}`, () => {
      const { ctx } = createRuleContext(draft, { now: NOW });
      expect(runRules(ctx, normsRules).map((f) => `${f.ruleId} ${f.messageId}: ${f.message}`)).toEqual([]);
    });
  }
});
