/** Personal data asked for in public stays in public: ask for it in a DM instead. */
import { defineRule } from '../../rule';
import type { RuleFinding } from '../../rule';
import { confidenceData, isComplaintReply, replyDataAsks } from '../../complaint/context';

/** Verb phrases a fix can turn into "DM us"; group 1 is the polite opening that stays. */
const REWRITABLE =
  /^((?:please |kindly |could you |can you |would you )?)(?:reply|respond|comment|tweet|post|write|send|give|share|provide|drop|include|tell|let (?:us|me) know)\b/i;

export default defineRule({
  meta: {
    id: 'complaint/public-data-ask',
    category: 'complaint',
    description: 'Flags a reply to a complaint that asks for an order number, email, phone or address in public.',
    severity: 'fix',
    messages: {
      'public-data-ask': {
        message: 'This asks for the {data} in public: ask for it by DM instead.',
        explanation:
          'Anything the customer replies with is public and stays searchable: order numbers, emails, phone ' +
          'numbers and addresses are personal data. "DM us your order number" gets the same help without ' +
          'exposing them.',
      },
    },
  },
  check(ctx) {
    if (!isComplaintReply(ctx)) return [];
    return replyDataAsks(ctx).map((ask): RuleFinding => {
      const verb = ctx.text.slice(ask.verb.start, ask.verb.end);
      const rewrite = REWRITABLE.exec(verb);
      const finding: RuleFinding = {
        messageId: 'public-data-ask',
        spans: [ask.span],
        data: { ...confidenceData(ctx), data: ask.data.toLowerCase() },
      };
      if (rewrite) {
        // "reply with your order number" -> "DM us your order number"; "please" and "can you" stay.
        const keep = rewrite[1] ?? '';
        finding.fix = {
          label: 'Ask for it by DM',
          edits: [{ start: ask.verb.start + keep.length, end: ask.verb.end, text: 'DM us' }],
        };
      }
      return finding;
    });
  },
});
