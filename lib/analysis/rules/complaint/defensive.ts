/** Blame and policy-quoting in a public reply to a complaint escalate it. */
import { defineRule } from '../../rule';
import { confidenceData, isComplaintReply } from '../../complaint/context';
import { findDefensive } from '../../complaint/reply';

export default defineRule({
  meta: {
    id: 'complaint/defensive',
    category: 'complaint',
    description: 'Flags blaming or defensive wording ("you should have", "per our policy") in a reply to a complaint.',
    severity: 'warn',
    messages: {
      defensive: {
        message: 'This sounds defensive ("{phrase}"): explain calmly without blaming the customer.',
        explanation:
          'Everyone reading the thread sides with the customer who is upset. Blaming them or quoting policy ' +
          'turns a fixable complaint into a public argument; state what you can do and take it private.',
      },
    },
  },
  check(ctx) {
    if (!isComplaintReply(ctx)) return [];
    const spans = findDefensive(ctx.text);
    if (spans.length === 0) return [];
    const phrase = ctx.text.slice(spans[0]!.start, spans[0]!.end);
    return [{ messageId: 'defensive', spans, data: { ...confidenceData(ctx), phrase, count: spans.length } }];
  },
});
