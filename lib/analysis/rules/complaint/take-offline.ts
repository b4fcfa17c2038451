/**
 * A reply to a complaint that needs a private channel should offer one. Whether it is needed is
 * read from the complaint itself (complaint/needs-private): the customer's own money, order,
 * account, safety, an open case… Then: needed and no channel → fix; not needed and the reply
 * only apologises or deflects → warn; not needed and the reply answers in public → info.
 */
import { defineRule, type RuleFinding } from '../../rule';
import { confidenceData, isComplaintReply, replyChannels, repliedNeedsPrivate } from '../../complaint/context';
import { appendSentence, handoffLine } from '../../complaint/handoff';
import { REASON_TEXT, replyKind } from '../../complaint/needs-private';
import { quote } from '../../cta/next-step';

export default defineRule({
  meta: {
    id: 'complaint/take-offline',
    category: 'complaint',
    description:
      'Flags a reply to a complaint that needs a private channel (their money, order, account, safety, an open case) and offers none; notes a softer handoff otherwise.',
    severity: 'fix',
    messages: {
      'needs-private': {
        message: 'This complaint is about {reason} ({evidence}): offer a DM, email or phone handoff so you can sort it out in private.',
        explanation:
          'Always answer in public, and take the conversation offline where you can. This one needs it: fixing ' +
          "it means looking at the customer's own details, which nobody should post in a public thread. A " +
          'handoff line shows everyone reading that the brand is on it.',
      },
      'only-apology': {
        message: 'This reply {does} but gives no answer and no way forward: say what you will do, or offer a DM or email.',
        explanation:
          'The complaint may not need a private channel, but an apology alone (or "we\'ll pass it on") leaves ' +
          'the customer where they were. Give the status or the next step in public, or offer a channel where ' +
          'you can help.',
      },
      'answered-publicly': {
        message: 'Answered in public, which fits this complaint ({why}); you could still offer email if they need more help.',
        explanation:
          'Not every complaint needs to go private: a status, a known outage, a how-to or a policy is best ' +
          'answered where everyone can read it. Offering a DM or email for follow-up questions is a kind ' +
          'extra, not a must.',
      },
    },
  },
  check(ctx) {
    if (!isComplaintReply(ctx) || !ctx.text.trim()) return [];
    if (replyChannels(ctx).offered) return [];
    const need = repliedNeedsPrivate(ctx);
    const line = handoffLine(ctx.settings);
    const fix = { label: 'Add a private-channel handoff', edits: [appendSentence(ctx.text, line)] };
    const base = { ...confidenceData(ctx), handoff: line };
    const kind = replyKind(ctx.text);
    if (need?.needed) {
      const first = need.cues.find((c) => c.reason !== 'ongoing') ?? need.cues[0]!;
      const finding: RuleFinding = {
        messageId: 'needs-private',
        fix,
        data: {
          ...base,
          reason: REASON_TEXT[first.reason],
          reasonId: first.reason,
          evidence: `mentions ${quote(first.text)}`,
          reply: kind,
        },
      };
      return [finding];
    }
    if (kind === 'apology-only' || kind === 'deflection') {
      return [
        {
          messageId: 'only-apology',
          severity: 'warn',
          fix,
          data: { ...base, does: kind === 'deflection' ? 'passes the complaint on' : 'only apologises', reply: kind },
        },
      ];
    }
    const why = need?.against ?? 'nothing in it is about their own account, order or money';
    return [{ messageId: 'answered-publicly', severity: 'info', fix, data: { ...base, why, reply: kind } }];
  },
});
