import { describe, expect, it } from 'vitest';
import rule from '@/lib/analysis/rules/praise/reply';
import { isCannedOnly, readPraise } from '@/lib/analysis/praise/detect';
import { ruleTester } from '../../../helpers/rule-tester';

const praise = { text: '@ShopCo Loved the new espresso blend, the best coffee I have had all year! Thank you :)' };
const complaint = { text: '@ShopCo I was charged twice for my order and nobody answers. Unacceptable!' };
const reply = (text: string, replyTo = praise, extra = {}) => ({
  draft: { platform: 'x' as const, kind: 'reply' as const, text, replyTo, ...extra },
});

ruleTester(rule, {
  valid: [
    { name: 'a simple thank-you', ...reply('@sam Thank you so much, Sam! Made our day.') },
    { name: 'asking who made it good', ...reply('@sam So glad you loved it! Who was the barista? We will pass it on.') },
    { name: 'a plain "Thank you!"', ...reply('@sam Thank you!') },
    { name: 'a review ask fits a happy customer', ...reply('@sam Thank you! Would you leave us a review?') },
    { name: "a sales push to a complaint is not this rule's business", ...reply('Buy now and save 20%!', complaint) },
    { name: 'a post is not a reply', draft: { platform: 'x', kind: 'post', text: 'Thank you for your feedback.' } },
    {
      name: 'thanks with a "but" is not praise',
      ...reply('Thank you for your feedback.', { text: '@ShopCo thanks, but my order is still not here' }),
    },
    {
      name: 'a question is not praise',
      ...reply('Thank you for reaching out. Have a great day!', { text: '@ShopCo great, when do you open on Sunday?' }),
    },
  ],
  invalid: [
    {
      name: 'boilerplate under praise',
      ...reply('@sam Thank you for your feedback. We value our customers. Have a great day!'),
      findings: [{ messageId: 'canned', severity: 'info', output: null }],
    },
    {
      name: 'stock lines only',
      ...reply('Thanks for reaching out! We appreciate your business.'),
      findings: [{ messageId: 'canned' }],
    },
    {
      name: "a conversion push at a happy customer becomes their own stage's ask",
      ...reply('@sam Thanks! Order a second bag today.'),
      findings: [
        { messageId: 'salesPush', severity: 'info', spans: ['Order a second bag today'], output: '@sam Thanks! Leave us a review.' },
      ],
    },
    {
      name: "the brand's own advocacy ask for a fan",
      ...reply('Glad you like it! Buy now', praise, { readerStage: 'advocacy' }),
      settings: { stageCtas: { advocacy: 'Tag a friend who needs this' } },
      findings: [{ messageId: 'salesPush', output: 'Glad you like it! Tag a friend who needs this' }],
    },
  ],
});

describe('reading praise and boilerplate', () => {
  it.each([
    ['@united thank you for the amazing crew on UA 88, best flight ever', true],
    ['Love the new app ❤️', true],
    ['@united my bag is lost and nobody helps', false],
    ['@united thanks for nothing', false],
    ['What time do you open?', false],
  ])('%s → praise: %s', (text, expected) => {
    expect(readPraise(text) !== null).toBe(expected);
  });

  it.each([
    ['Thank you for your feedback.', true],
    ['We appreciate your feedback! Have a great day. ^cr', true],
    ['Thank you!', false],
    ['Thanks, Sam! The crew will love hearing this.', false],
    ['', false],
  ])('%s → canned: %s', (text, expected) => {
    expect(isCannedOnly(text)).toBe(expected);
  });
});
