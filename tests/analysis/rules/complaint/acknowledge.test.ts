import { describe, expect, it } from 'vitest';
import { createRuleContext, runRules } from '@/lib/analysis/analyze';
import { repliedComplaint } from '@/lib/analysis/complaint/context';
import type { ComplaintModel } from '@/lib/analysis/complaint/model';
import rule from '@/lib/analysis/rules/complaint/acknowledge';
import { ruleTester } from '@/tests/helpers/rule-tester';
import { COMPLAINT, CRASH_COMPLAINT, PRAISE, QUESTION, REFUND_COMPLAINT, replyTo } from './fixtures';

ruleTester(rule, {
  valid: [
    { name: 'sorry to hear', draft: replyTo(COMPLAINT, "Sorry to hear that. DM us and we'll rebook you.") },
    { name: 'we apologise', draft: replyTo(REFUND_COMPLAINT, 'We apologise for the wait. DM us your order number.') },
    { name: 'apologies', draft: replyTo(REFUND_COMPLAINT, 'Apologies for the delay, DM us please.') },
    { name: 'not the experience we want', draft: replyTo(COMPLAINT, "That's not the experience we want for you. DM us.") },
    { name: 'we understand how frustrating', draft: replyTo(CRASH_COMPLAINT, 'We understand how frustrating this is. DM us.') },
    { name: 'that does not sound right', draft: replyTo(CRASH_COMPLAINT, "That doesn't sound right! Send us a DM.") },
    { name: 'curly apostrophe', draft: replyTo(CRASH_COMPLAINT, 'We hate to hear this. Let’s fix it in DM.') },
    { name: 'reply to praise', draft: replyTo(PRAISE, 'Glad you enjoyed it!') },
    { name: 'reply to a question', draft: replyTo(QUESTION, 'We do! Shipping takes 3-5 days.') },
    { name: 'empty draft', draft: replyTo(COMPLAINT, '') },
    {
      name: 'a reply that thanks for praise the classifier reads as a complaint',
      draft: replyTo(
        '@AcmeAir the delayed flight last week was bad but you more than made up for it. Cheers',
        'Thanks for your loyalty, see you on board soon!',
      ),
    },
    {
      name: 'a reply that is glad about praise the classifier reads as a complaint',
      draft: replyTo(
        "@CableCo can't believe it, the technicians you sent to the house surpassed expectations. Problem gone",
        'Okay great! Reach out any time.',
      ),
    },
    {
      name: 'a plain question answered with the answer',
      draft: replyTo(
        '@Streamly ugh, is there any way to sort my playlist by artist? so annoying',
        'You can: open the playlist, tap Sort and choose Artist.',
      ),
    },
  ],
  invalid: [
    {
      name: 'thanks said in anger is still a complaint',
      draft: replyTo(
        "@Fonely thank you for updating my phone into a brick, the phone app doesn't work",
        'What exactly happens when you open the Phone app?',
      ),
      findings: [{ messageId: 'no-acknowledgement', severity: 'warn' }],
    },
    {
      name: 'a question handed to a private channel still wants an acknowledgement',
      draft: replyTo(
        '@Streamly ugh, is there any way to sort my playlist by artist? so annoying',
        'DM us your booking reference and we will check: https://acme.example/help',
      ),
      findings: [{ messageId: 'no-acknowledgement', severity: 'warn' }],
    },
    {
      name: 'goes straight to instructions',
      draft: replyTo(COMPLAINT, 'Send us a DM with your booking reference.'),
      findings: [
        { messageId: 'no-acknowledgement', severity: 'warn', output: "We're sorry about this. Send us a DM with your booking reference." },
      ],
    },
    {
      name: 'the apology goes after leading @mentions and capitalises what follows',
      draft: replyTo(CRASH_COMPLAINT, '@sam @fonelyhelp please DM us the model.'),
      findings: [{ messageId: 'no-acknowledgement', output: "@sam @fonelyhelp We're sorry about this. Please DM us the model." }],
    },
    {
      name: 'keeps a brand name that starts in lower case',
      draft: replyTo(CRASH_COMPLAINT, 'iPhone owners can update to 2.1 tonight.'),
      findings: [{ messageId: 'no-acknowledgement', output: "We're sorry about this. iPhone owners can update to 2.1 tonight." }],
    },
  ],
});

describe('with the complaint model', () => {
  // A toy model that calls this post a complaint (over its threshold) with low confidence.
  const unsure: ComplaintModel = {
    version: 2,
    bias: -0.2,
    cueScore: 0,
    cueKinds: {},
    features: { charMin: 3, charMax: 5, bigrams: true, negation: true },
    quantum: 1,
    terms: {},
    threshold: 0.4,
  };
  const draft = {
    platform: 'x' as const,
    ...replyTo('@shop can you reset my loyalty card number please', 'Send us a DM with your card number.'),
  };

  it('asks for no apology on a post it is not sure is a complaint (a service request near the line)', () => {
    const { ctx } = createRuleContext(draft, { now: 0, complaintModel: unsure });
    expect(repliedComplaint(ctx)?.complaint).toBe(true);
    expect(runRules(ctx, [rule])).toEqual([]);
  });

  it('still asks when the model is sure', () => {
    const { ctx } = createRuleContext(draft, { now: 0, complaintModel: { ...unsure, bias: 2 } });
    expect(runRules(ctx, [rule]).map((f) => f.messageId)).toEqual(['no-acknowledgement']);
  });
});
