import { describe, expect, it } from 'vitest';
import rule from '@/lib/analysis/rules/cta/stage-jump';
import { ruleTester, runRule } from '../../../helpers/rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'a follow ask to the assumed awareness audience',
      draft: { text: 'Five mistakes we made baking sourdough. Follow us for more 🍞' },
    },
    { name: 'the next stage (interest) from awareness', draft: { text: 'Download our free proofing guide.', readerStage: 'awareness' } },
    { name: 'buy now to a reader weighing options (one step)', draft: { text: 'Buy now!', readerStage: 'consideration' } },
    { name: 'a code to a reader ready to act', draft: { text: 'Use code SPRING20 at checkout.', readerStage: 'conversion' } },
    { name: 'a demo to an interested reader', draft: { text: 'Book a demo and see it in action.', readerStage: 'interest' } },
    {
      name: 'a referral ask to customers (next step)',
      draft: { text: 'Refer a friend and you both get a free loaf.', readerStage: 'loyalty' },
    },
    { name: 'a fan asked to follow is backwards, not a jump', draft: { text: 'Follow us for more!', readerStage: 'advocacy' } },
    {
      name: 'a conversation prompt fits every stage',
      draft: { text: 'Which one would you pick, rye or spelt? Tell us in the comments 👇' },
    },
    { name: 'past tense is no ask', draft: { text: 'We bought a new oven and the crust is finally right.' } },
    { name: 'negation is no ask', draft: { text: 'Don’t buy cheap flour, your starter will thank you.' } },
    { name: 'a question about buying is no ask', draft: { text: 'Where can I buy good rye flour in Berlin?' } },
    { name: 'reported speech is no ask', draft: { text: 'My mentor told me to sign up for the paid plan. I didn’t.' } },
    {
      name: 'a reply to someone asking where to buy (assumed stage raised by their question)',
      draft: { kind: 'reply', text: 'Shop now at the link in our bio!', replyTo: { text: 'Where can I buy this?' } },
    },
    {
      name: 'a reply to someone asking about pricing may offer a demo',
      draft: {
        kind: 'comment',
        platform: 'linkedin',
        text: 'Book a demo and we will walk you through it.',
        replyTo: { text: 'What does the pricing look like?' },
      },
    },
    {
      name: 'the settings’ default stage is used when the draft has none',
      draft: { text: 'Use code SPRING20 for 20% off.' },
      settings: { defaultStage: 'consideration' },
    },
  ],
  invalid: [
    {
      name: 'with an assumed stage, a jump that is no hard sell is a gentle note',
      draft: { text: 'We build scheduling tools for clinics. Book a free demo.' },
      findings: [{ messageId: 'tooFarAssumed', severity: 'info', data: { ctaStage: 'consideration', readerStageAssumed: true } }],
    },
    {
      name: 'buy now to an assumed awareness audience',
      draft: { text: 'Our spring collection just landed. Buy now 🌸' },
      findings: [
        {
          messageId: 'tooFarAssumed',
          spans: ['Buy now'],
          severity: 'warn',
          output: 'Our spring collection just landed. Get our free guide 🌸',
          data: { ctaStage: 'conversion', readerStage: 'awareness', steps: 3, nextStage: 'interest', readerStageAssumed: true },
        },
      ],
    },
    {
      name: 'buy now to a reader set at awareness',
      draft: { text: 'Buy now!', readerStage: 'awareness' },
      findings: [{ messageId: 'tooFar', spans: ['Buy now'], output: 'Get our free guide!' }],
    },
    {
      name: 'suggests the brand’s own next-step ask from the settings',
      draft: { text: 'Fresh batch out of the oven. Order yours today!', readerStage: 'awareness' },
      settings: { stageCtas: { interest: 'Get our Sunday baking letter.' } },
      findings: [
        {
          messageId: 'tooFar',
          spans: ['Order yours today'],
          output: 'Fresh batch out of the oven. Get our Sunday baking letter!',
          data: { ownSuggestion: true, suggestion: '“Get our Sunday baking letter.”' },
        },
      ],
    },
    {
      name: 'a code with its clause is swapped whole',
      draft: { text: 'Use code SPRING20 at checkout.' },
      findings: [{ messageId: 'tooFarAssumed', spans: ['Use code SPRING20 at checkout'], output: 'Get our free guide.' }],
    },
    {
      name: 'no fix when a link follows the ask',
      draft: { text: 'Buy now at crumb.co/sale', readerStage: 'awareness' },
      findings: [{ messageId: 'tooFar', spans: ['Buy now'], output: null }],
    },
    {
      name: 'a free trial to people who just met you (two stages)',
      draft: { text: 'Meet Crumb, the bakery planner. Start your free trial today.', readerStage: 'awareness' },
      findings: [{ messageId: 'tooFar', spans: ['Start your free trial today'], data: { ctaStage: 'consideration', steps: 2 } }],
    },
    {
      name: 'a review ask to an interested reader',
      draft: { text: 'Leave us a review on Google!', readerStage: 'interest' },
      findings: [
        { messageId: 'tooFar', spans: ['Leave us a review on Google'], output: 'Book a free demo!', data: { ctaStage: 'loyalty' } },
      ],
    },
    {
      name: 'a referral ask to a reader who has not bought yet',
      draft: { text: 'Refer a friend.', readerStage: 'conversion' },
      findings: [{ messageId: 'tooFar', spans: ['Refer a friend'], output: 'Leave us a review.' }],
    },
    {
      name: 'two asks that jump: one finding naming the furthest, no fix',
      draft: { text: 'Book a demo. Or just buy now!', readerStage: 'awareness' },
      findings: [{ messageId: 'tooFar', spans: ['Book a demo', 'buy now'], output: null, data: { cta: '“buy now”', count: 2 } }],
    },
    {
      name: 'link in bio to shop',
      draft: { platform: 'instagram', text: 'The cinnamon knots are back ✨ Tap the link in bio to shop the drop' },
      findings: [
        {
          messageId: 'tooFarAssumed',
          spans: ['Tap the link in bio to shop the drop'],
          output: 'The cinnamon knots are back ✨ Get our free guide',
        },
      ],
    },
    {
      name: 'a reply that sells to someone who only said hello',
      draft: { kind: 'reply', text: 'Thanks! Shop now 👉 crumb.co', replyTo: { text: 'Love this!' } },
      findings: [{ messageId: 'tooFarAssumed', spans: ['Shop now'] }],
    },
    {
      name: 'a lower-case ask keeps its case in the swap',
      draft: { text: 'Loved the market today, please order yours today.', readerStage: 'awareness' },
      findings: [{ messageId: 'tooFar', spans: ['order yours today'], output: 'Loved the market today, please get our free guide.' }],
    },
  ],
});

describe('cta/stage-jump messages', () => {
  it('names the CTA, its stage, the reader’s stage and that the stage was assumed', () => {
    const [f] = runRule(rule, { draft: { text: 'Buy now!' } });
    expect(f).toMatchObject({
      ruleId: 'cta/stage-jump',
      messageId: 'tooFarAssumed',
      data: { cta: '“Buy now”', ctaStage: 'conversion', readerStage: 'awareness', readerStageAssumed: true },
    });
  });

  it('says how many stages the ask jumps when the stage was set', () => {
    const [f] = runRule(rule, { draft: { text: 'Buy now!', readerStage: 'awareness' } });
    expect(f).toMatchObject({
      messageId: 'tooFar',
      data: { steps: 3, stepsText: 'three stages', nextStage: 'interest', suggestion: '“Get our free guide”', readerStageAssumed: false },
    });
  });
});
