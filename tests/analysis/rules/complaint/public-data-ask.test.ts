import rule from '@/lib/analysis/rules/complaint/public-data-ask';
import { ruleTester } from '@/tests/helpers/rule-tester';
import { COMPLAINT, PRAISE, QUESTION, REFUND_COMPLAINT, replyTo } from './fixtures';

ruleTester(rule, {
  valid: [
    { name: 'DM us your order number', draft: replyTo(REFUND_COMPLAINT, 'Sorry! DM us your order number so we can chase it.') },
    { name: 'send it by DM', draft: replyTo(REFUND_COMPLAINT, 'Sorry! Please send us your order number by DM.') },
    { name: 'send it by email', draft: replyTo(REFUND_COMPLAINT, 'Sorry! Email us your order number at help@shopco.example.') },
    {
      name: 'tells them not to share',
      draft: replyTo(REFUND_COMPLAINT, "Sorry! Please don't share your order number here; DM us instead."),
    },
    {
      name: 'without personal details',
      draft: replyTo(COMPLAINT, 'Sorry! Without giving your booking reference, can you tell us the route?'),
    },
    { name: 'a reply to a question is not read', draft: replyTo(QUESTION, 'Reply with your postcode and we will check delivery times!') },
    { name: 'a reply to praise is not read', draft: replyTo(PRAISE, 'Share your email address for the newsletter!') },
    { name: 'no data asked', draft: replyTo(COMPLAINT, 'Sorry! Tell us more in DM.') },
  ],
  invalid: [
    {
      name: 'reply with your order number',
      draft: replyTo(REFUND_COMPLAINT, 'Sorry about this! Reply with your order number and we will check.'),
      findings: [
        {
          messageId: 'public-data-ask',
          severity: 'fix',
          spans: ['Reply with your order number'],
          output: 'Sorry about this! DM us your order number and we will check.',
          data: { data: 'order number' },
        },
      ],
    },
    {
      name: 'please tweet us your email address',
      draft: replyTo(COMPLAINT, 'Sorry! Please tweet us your email address.'),
      findings: [{ messageId: 'public-data-ask', output: 'Sorry! Please DM us your email address.' }],
    },
    {
      name: 'can you share your booking reference',
      draft: replyTo(COMPLAINT, 'Sorry! Can you share your booking reference?'),
      findings: [{ messageId: 'public-data-ask', output: 'Sorry! Can you DM us your booking reference?' }],
    },
    {
      name: "what's your phone number: no safe rewrite",
      draft: replyTo(COMPLAINT, "Sorry! What's your phone number?"),
      findings: [{ messageId: 'public-data-ask', spans: ["What's your phone number"], output: null }],
    },
    {
      name: 'a public verb stays public even when a DM is offered elsewhere',
      draft: replyTo(REFUND_COMPLAINT, 'Sorry! Comment below with your full address. You can also DM us.'),
      findings: [{ messageId: 'public-data-ask', spans: ['Comment below with your full address'] }],
    },
  ],
});
