import rule from '@/lib/analysis/rules/complaint/canned-reply';
import type { HistoryItem } from '@/lib/analysis/schemas';
import { hoursAgo, ruleTester } from '@/tests/helpers/rule-tester';
import { COMPLAINT, PRAISE, REFUND_COMPLAINT, replyTo } from './fixtures';

const CANNED = 'Sorry to hear this. Please DM us your booking reference and we will look into it.';
const sent = (text: string, hours: number, kind: HistoryItem['kind'] = 'reply'): HistoryItem => ({
  platform: 'x',
  kind,
  text,
  postedAt: hoursAgo(hours),
});
const threeTimes = [sent(CANNED, 2), sent(CANNED, 30), sent(`${CANNED} #help`, 200)];

ruleTester(rule, {
  valid: [
    { name: 'sent twice only', draft: replyTo(COMPLAINT, CANNED), history: [sent(CANNED, 2), sent(CANNED, 5)] },
    {
      name: 'sent three times but over a month ago',
      draft: replyTo(COMPLAINT, CANNED),
      history: [sent(CANNED, 800), sent(CANNED, 900), sent(CANNED, 1000)],
    },
    {
      name: 'the same text as posts, not replies',
      draft: replyTo(COMPLAINT, CANNED),
      history: [sent(CANNED, 2, 'post'), sent(CANNED, 3, 'post'), sent(CANNED, 4, 'post')],
    },
    {
      name: 'a personal reply',
      draft: replyTo(COMPLAINT, 'Sorry your flight to Lisbon was cancelled, Sam. DM us and we will rebook you.'),
      history: threeTimes,
    },
    { name: 'a reply to praise', draft: replyTo(PRAISE, CANNED), history: threeTimes },
    {
      name: 'too short to call canned',
      draft: replyTo(COMPLAINT, 'Sorry!'),
      history: [sent('Sorry!', 1), sent('Sorry!', 2), sent('Sorry!', 3)],
    },
  ],
  invalid: [
    {
      name: 'the same reply three times this month',
      draft: replyTo(REFUND_COMPLAINT, CANNED),
      history: threeTimes,
      findings: [{ messageId: 'canned', severity: 'warn', data: { count: 3 }, output: null }],
    },
    {
      name: 'comments count too',
      draft: replyTo(REFUND_COMPLAINT, CANNED, 'comment'),
      history: [...threeTimes, sent(CANNED, 50, 'comment')],
      findings: [{ messageId: 'canned', data: { count: 4 } }],
    },
  ],
});
