import { describe, expect, it } from 'vitest';
import rule from '@/lib/analysis/rules/cta/backwards';
import { ruleTester, runRule } from '../../../helpers/rule-tester';

ruleTester(rule, {
  valid: [
    { name: 'a review ask to customers', draft: { text: 'Loving your new planner? Leave us a review ⭐', readerStage: 'loyalty' } },
    {
      name: 'a DM handoff in a reply to a customer is care, not a funnel step',
      draft: {
        platform: 'x',
        kind: 'reply',
        text: "@maria_k So sorry about the double charge. Please send us a DM with your email and we'll refund it today.",
        replyTo: { text: '@shop I was charged twice for my order and nobody answers' },
      },
    },
    { name: 'an upgrade to customers', draft: { text: 'Upgrade to Pro for unlimited projects.', readerStage: 'loyalty' } },
    {
      name: 'a referral to customers (the next step)',
      draft: { text: 'Refer a friend and you both get a month free.', readerStage: 'loyalty' },
    },
    {
      name: 'customers asked to share bring new people in',
      draft: { text: 'Share this with a friend who bakes!', readerStage: 'loyalty' },
    },
    { name: 'fans still leave reviews', draft: { text: 'Leave us a review if you loved it!', readerStage: 'advocacy' } },
    { name: 'fans tagging friends bring new people in', draft: { text: 'Tag a friend who needs this 😂', readerStage: 'advocacy' } },
    { name: 'fans sharing their story', draft: { text: 'Share your story with #CrumbBakes', readerStage: 'advocacy' } },
    { name: 'follow to the assumed awareness audience', draft: { text: 'Follow us for more!' } },
    {
      name: 'follow to a reader at conversion is not asked of customers',
      draft: { text: 'Follow us for more!', readerStage: 'conversion' },
    },
    {
      name: 'a conversation prompt to customers',
      draft: { text: 'What should we bake next? Tell us in the comments!', readerStage: 'loyalty' },
    },
    { name: 'past tense to customers', draft: { text: 'You bought 10,000 loaves this year. Thank you!', readerStage: 'loyalty' } },
    { name: 'a join-the-community ask to customers', draft: { text: 'Join our customer community on Slack.', readerStage: 'loyalty' } },
  ],
  invalid: [
    {
      name: 'a reply to someone about their order is to a customer (inferred, and said so)',
      draft: {
        kind: 'reply',
        platform: 'x',
        text: 'Sorry about that! Buy now and get 10% off your next box.',
        replyTo: { text: '@ShopCo my order arrived damaged' },
      },
      findings: [
        {
          messageId: 'customer',
          data: {
            readerStage: 'loyalty',
            readerStageAssumed: false,
            assumption: expect.stringContaining('inferred from the post (it mentions their order)'),
          },
        },
      ],
    },
    {
      name: 'a reply to a tweet that starts with what they ordered is to a customer (the subject dropped)',
      draft: {
        kind: 'reply',
        platform: 'x',
        text: 'So sorry! Buy now and get 10% off your next box.',
        replyTo: { text: 'Ordered the winter box from @shop.co two weeks ago and it still has not arrived' },
      },
      findings: [
        {
          messageId: 'customer',
          data: { readerStage: 'loyalty', readerStageAssumed: false, assumption: expect.stringContaining('their order') },
        },
      ],
    },
    {
      name: 'customers asked to buy',
      draft: { text: 'Thanks for being with us since day one! Buy now.', readerStage: 'loyalty' },
      findings: [
        {
          messageId: 'customer',
          spans: ['Buy now'],
          severity: 'warn',
          output: 'Thanks for being with us since day one! Leave us a review.',
          data: { ctaStage: 'conversion', readerStage: 'loyalty' },
        },
      ],
    },
    {
      name: 'customers asked to sign up',
      draft: { text: 'Sign up for our newsletter!', readerStage: 'loyalty' },
      findings: [
        { messageId: 'customer', spans: ['Sign up for our newsletter'], output: 'Leave us a review!', data: { ctaStage: 'interest' } },
      ],
    },
    {
      name: 'customers asked to book a demo',
      draft: { text: 'Book a demo with our team.', readerStage: 'loyalty' },
      findings: [{ messageId: 'customer', spans: ['Book a demo with our team'] }],
    },
    {
      name: 'fans asked to follow',
      draft: { text: 'You have been amazing this year 💛 Follow us for more!', readerStage: 'advocacy' },
      findings: [{ messageId: 'fan', spans: ['Follow us for more'], output: 'You have been amazing this year 💛 Refer a friend!' }],
    },
    {
      name: 'fans asked to buy, with the brand’s own advocacy ask',
      draft: { text: 'Order yours today!', readerStage: 'advocacy' },
      settings: { stageCtas: { advocacy: 'Tell a friend about Crumb' } },
      findings: [{ messageId: 'fan', spans: ['Order yours today'], output: 'Tell a friend about Crumb!', data: { ownSuggestion: true } }],
    },
    {
      name: 'the default audience is customers (assumed from settings)',
      draft: { text: 'Shop the new range.' },
      settings: { defaultStage: 'loyalty' },
      findings: [{ messageId: 'customer', spans: ['Shop the new range'], data: { readerStageAssumed: true } }],
    },
    {
      name: 'two backwards asks: spans on both, no fix',
      draft: { text: 'Follow us and buy now', readerStage: 'loyalty' },
      findings: [{ messageId: 'customer', spans: ['Follow us', 'buy now'], output: null, data: { count: 2 } }],
    },
  ],
});

describe('cta/backwards messages', () => {
  it('names the ask, the stage it asks for and the suggestion', () => {
    const [f] = runRule(rule, { draft: { text: 'Buy now!', readerStage: 'loyalty' } });
    expect(f).toMatchObject({
      ruleId: 'cta/backwards',
      messageId: 'customer',
      data: {
        cta: '“Buy now”',
        ctaStage: 'conversion',
        readerStage: 'loyalty',
        readerStageAssumed: false,
        suggestion: '“Leave us a review”',
        assumption: '',
      },
    });
  });

  it('says in the explanation when the stage was assumed', () => {
    const [f] = runRule(rule, { draft: { text: 'Buy now!' }, settings: { defaultStage: 'loyalty' } });
    expect(f).toMatchObject({ messageId: 'customer', data: { readerStage: 'loyalty', readerStageAssumed: true } });
    expect(f!.data!.assumption).not.toBe('');
  });
});
