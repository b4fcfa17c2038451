import { describe, expect, it } from 'vitest';
import { isPromotional, promotionalCues } from '@/lib/analysis/cta/promotional';

const PROMOTIONAL = [
  'Our spring sale is live! 30% off everything this weekend only.',
  'Use code WELCOME10 at checkout',
  'Only $19 for the starter kit',
  'Plans start at $9/month',
  'Free shipping on all orders over $50',
  'Back in stock!',
  'Limited time: buy one get one free',
  'Upgrade to Pro today',
  'New drop ✨ Link in bio to shop 🛍️',
  'BUY NOW!!!',
  'Order yours today before they sell out',
  'Black Friday sale starts at midnight 🖤',
  'Promo code: SAVE20 🎉',
  'Ends tonight: half price on all courses',
  'Pre-order now and get free delivery.',
  'Sign up for the paid plan and save 25%',
  'Nur heute: 20% off mit Code FRUEHLING',
  'Tickets from €25 — early bird pricing ends Friday',
];

const SOCIAL = [
  'We raised $5M to build the future of coffee',
  'Our new app is live — here is what we learned building it',
  'How to close the sale: 5 lessons from our sales team',
  'Book a demo to see it in action',
  'Happy Friday! What are you reading this weekend?',
  'We donated $500 to the local food bank 💛',
  'The sale of our old office is complete.',
  'Our founder on why we never run discounts',
  'Tip: 20% of your posts should be promotional, 80% social.',
  'Thanks for 10k followers!',
  'Follow us for daily baking tips 🍞',
  'Download our free guide to sourdough',
  'We bought a new oven and it changed everything.',
  'Don’t buy cheap flour.',
  'Where can I buy good rye flour?',
  'Meet Ana, who has run our night shift for 12 years.',
  'Leave us a review if you enjoyed your visit!',
  '',
];

describe('isPromotional', () => {
  for (const text of PROMOTIONAL) it(`promotional: ${JSON.stringify(text)}`, () => expect(isPromotional(text)).toBe(true));
  for (const text of SOCIAL) it(`social: ${JSON.stringify(text)}`, () => expect(isPromotional(text)).toBe(false));

  it('says why, with spans', () => {
    const text = 'Spring sale! 30% off with code SPRING20';
    const cues = promotionalCues(text);
    expect(cues.map((c) => `${c.kind}:${text.slice(c.span.start, c.span.end)}`)).toEqual([
      'offer:Spring sale',
      'discount:30% off',
      'code:with code SPRING20',
    ]);
  });

  it('never throws on hostile text', () => {
    for (const text of ['\uD800', '$'.repeat(50_000), '% off '.repeat(10_000), '\u0000code ABC', 'x'.repeat(100_000)]) {
      expect(() => isPromotional(text)).not.toThrow();
    }
  });
});
