import rule from '@/lib/analysis/rules/complaint/defensive';
import { ruleTester } from '@/tests/helpers/rule-tester';
import { COMPLAINT, PRAISE, REFUND_COMPLAINT, replyTo } from './fixtures';

ruleTester(rule, {
  valid: [
    { name: 'calm and helpful', draft: replyTo(COMPLAINT, "Sorry about this. DM us and we'll rebook you today.") },
    {
      name: 'explains without blame',
      draft: replyTo(REFUND_COMPLAINT, 'Sorry! Refunds usually take 5 days; DM us and we will check yours.'),
    },
    { name: '"you should" that helps', draft: replyTo(REFUND_COMPLAINT, 'Sorry! You should get an email from us within the hour.') },
    { name: 'a reply to praise is not read', draft: replyTo(PRAISE, 'As stated in our post, the lounge opens in May!') },
  ],
  invalid: [
    {
      name: 'blames the customer',
      draft: replyTo(COMPLAINT, 'You should have checked the app before leaving home.'),
      findings: [{ messageId: 'defensive', spans: ['You should have'], data: { phrase: 'You should have' } }],
    },
    {
      name: 'quotes policy and denies fault',
      draft: replyTo(REFUND_COMPLAINT, 'Per our policy refunds take 30 days. This is not our fault.'),
      findings: [{ messageId: 'defensive', spans: ['Per our policy', 'This is not our fault'], data: { count: 2 } }],
    },
    {
      name: 'as stated',
      draft: replyTo(REFUND_COMPLAINT, 'As stated before, we cannot refund this. DM us.'),
      findings: [{ messageId: 'defensive', spans: ['As stated'] }],
    },
    {
      name: '"actually, you"',
      draft: replyTo(COMPLAINT, 'Actually, you booked the wrong date.'),
      findings: [{ messageId: 'defensive', spans: ['Actually, you'] }],
    },
  ],
});
