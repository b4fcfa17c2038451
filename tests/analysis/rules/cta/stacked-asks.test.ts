import { describe, expect, it } from 'vitest';
import rule, { cyclicSpread } from '@/lib/analysis/rules/cta/stacked-asks';
import { ruleTester } from '../../../helpers/rule-tester';

ruleTester(rule, {
  valid: [
    { name: 'one ask', draft: { text: 'New post on the blog: how we plan a bakery week. Read the full story.' } },
    { name: 'two asks of one stage', draft: { text: 'Follow us and share!' } },
    { name: 'an ask and a conversation prompt', draft: { text: 'Follow us for more. What do you think?' } },
    { name: 'two consideration asks', draft: { text: 'Book a demo or start your free trial.' } },
    { name: 'two asks of neighbouring stages', draft: { text: 'Subscribe to our newsletter and follow us!' } },
    { name: 'the same ask twice', draft: { text: 'Buy now! Seriously, buy now.' } },
    { name: 'advocacy and awareness are neighbours in the cycle', draft: { text: 'Refer a friend and follow us.' } },
    { name: 'a sign-up with a lead magnet', draft: { text: 'Sign up for our newsletter and get the free checklist.' } },
    { name: 'no asks at all', draft: { text: 'We bought a new oven, subscribed to a flour co-op and never looked back.' } },
  ],
  invalid: [
    {
      name: 'follow and book a demo',
      draft: { text: 'Follow us, then book a demo.' },
      findings: [{ messageId: 'mixedStages', spans: ['Follow us', 'book a demo'], severity: 'warn', data: { count: 2 } }],
    },
    {
      name: 'three asks across the funnel',
      draft: { text: 'Subscribe to our newsletter, book a demo and use code SPRING20 for 20% off' },
      findings: [
        {
          messageId: 'mixedStages',
          spans: ['Subscribe to our newsletter', 'book a demo', 'use code SPRING20 for 20% off'],
          data: { count: 3 },
        },
      ],
    },
    {
      name: 'follow, review and buy',
      draft: { text: 'Follow us! Leave a review ⭐ Buy now' },
      findings: [{ messageId: 'mixedStages', spans: ['Follow us', 'Leave a review', 'Buy now'] }],
    },
    {
      name: 'like, share and subscribe: a pile of small asks',
      draft: { text: 'Like, share and subscribe!' },
      findings: [{ messageId: 'manyAsks', severity: 'info', spans: ['Like', 'share', 'subscribe'], data: { count: 3 } }],
    },
  ],
});

describe('cyclicSpread', () => {
  it('measures the shortest arc of the funnel cycle', () => {
    expect(cyclicSpread(new Set(['awareness']))).toBe(0);
    expect(cyclicSpread(new Set(['awareness', 'interest']))).toBe(1);
    expect(cyclicSpread(new Set(['awareness', 'conversion']))).toBe(3);
    expect(cyclicSpread(new Set(['advocacy', 'awareness']))).toBe(1);
    expect(cyclicSpread(new Set(['loyalty', 'advocacy', 'awareness']))).toBe(2);
  });
});
