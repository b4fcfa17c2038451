/**
 * A reply to a complaint that needs a private channel should offer one. Whether it is needed is
 * read from the complaint itself (complaint/needs-private), the way the labelling rubric reads it:
 * - needed (their own money, order, account, safety, an open case…) and no channel → fix;
 * - probably needed (a softer signal: they ask to be called, their own support contact failed,
 *   compensation for their own trip) and no channel → warn;
 * - not needed because it is a public matter (a status, an outage, a how-to, an app bug,
 *   feedback) → at most an info: answered in public, it fits; if the reply only apologises or
 *   passes it on, the info says to give the status or the next step. That case is an info and not
 *   a warning on purpose: the complaint needs no private channel, so "offer a DM" would be the
 *   wrong advice, and a badge that is wrong most of the time teaches people to ignore it;
 * - nothing in the complaint says either way (no cue, no public matter) and the reply only
 *   apologises or deflects → warn: the customer is left where they were, and finding out what
 *   happened usually takes their details;
 * - a reply that only asks a question is no answer yet: an info that says so (asking in public
 *   fits a public matter; otherwise the answer may be their own details, so offer a channel for it).
 *   Not a warning: in the tuning pairs (halves A and C) about 1 in 25 such complaints
 *   needed a private channel.
 * It also reads replies to posts the complaint classifier does not call complaints (a polite
 * service request: "my package never arrived, can you help?") when the post needs a private
 * channel; a post that needs none is left to the other rules.
 */
import { defineRule, type RuleFinding } from '../../rule';
import {
  confidenceData,
  isComplaintReply,
  isSureComplaint,
  replyChannels,
  repliedIsThanks,
  repliedNeedsPrivate,
  replyIsCovered,
} from '../../complaint/context';
import { appendSentence, handoffLine } from '../../complaint/handoff';
import { REASON_TEXT, replyKind, strongestCue } from '../../complaint/needs-private';
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
      'may-need-private': {
        message: 'This complaint probably needs a private channel: it is about {reason} ({evidence}). Consider offering a DM or email.',
        explanation:
          'The post gives a softer signal than a charge or a lost order: the customer asks to be called, ' +
          'vents about their own support contact, or wants compensation for their own trip. Sorting that out ' +
          'usually needs their details, so a handoff helps; answer in public as well.',
      },
      'no-way-forward': {
        message: 'This reply {does} and gives no way forward: say what you will do, or offer a DM or email to find out what happened.',
        explanation:
          'The complaint does not say what went wrong, and the reply neither answers it nor moves it somewhere ' +
          'you can ask. An apology alone (or "we\'ll pass it on") leaves the customer where they were; a ' +
          'handoff lets you learn the details without asking for them in public.',
      },
      'only-apology': {
        message:
          'This complaint can be answered in public ({why}), but the reply {does}: give the status or the next step. A DM is optional here.',
        explanation:
          'Nothing in the complaint is about their own account, order or money, so it needs no private channel, ' +
          'but an apology alone (or "we\'ll pass it on") leaves the customer where they were. Say what you know ' +
          'or what they can do, where everyone can read it.',
      },
      'asks-publicly': {
        message: 'Asking in public fits this complaint ({why}); once they answer, give the step or the status where everyone can read it.',
        explanation:
          'A question about a public matter (which version, which station, since when) is good troubleshooting ' +
          'in the open, and nothing in the complaint is about their own account, order or money. The reply is ' +
          'not an answer yet, though: follow up with what they can do.',
      },
      'asks-for-details': {
        message:
          'This reply asks for more in public: if the answer is about their own order, account or money, ask for it in a DM or by email instead.',
        explanation:
          'The complaint does not say what went wrong, so a question is a fair start, but "what happened?" in a ' +
          'public thread invites the customer to post their own details where everyone can read them. Offering ' +
          'a private channel for the answer keeps those details out of the thread.',
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
    if (!ctx.text.trim()) return [];
    const need = repliedNeedsPrivate(ctx);
    const complaint = isComplaintReply(ctx);
    // A post the classifier does not call a complaint (a polite request: "I was billed twice, could
    // you look into it?") is read only when it clearly needs a private channel (a softer signal is
    // not enough there) and is no thank-you ("thanks for the refund!").
    if (!complaint && !(need?.level === 'high' && replyIsCovered(ctx) && !repliedIsThanks(ctx))) return [];
    if (replyChannels(ctx).offered) return [];
    const line = handoffLine(ctx.settings);
    const fix = { label: 'Add a private-channel handoff', edits: [appendSentence(ctx.text, line)] };
    const base = { ...confidenceData(ctx), handoff: line };
    const kind = replyKind(ctx.text);
    if (need?.needed) {
      const first = strongestCue(need)!;
      const finding: RuleFinding = {
        messageId: need.level === 'high' ? 'needs-private' : 'may-need-private',
        severity: need.level === 'high' ? 'fix' : 'warn',
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
    // The notes below speak of "this complaint": only where the post surely is one, not a menu
    // announcement the model puts just over its threshold.
    const sure = isSureComplaint(ctx);
    const why = need?.against ?? 'nothing in it is about their own account, order or money';
    if (kind === 'apology-only' || kind === 'deflection') {
      const does = kind === 'deflection' ? 'passes the complaint on' : 'only apologises';
      if (!need?.against) return [{ messageId: 'no-way-forward', severity: 'warn', fix, data: { ...base, does, reply: kind } }];
      return sure ? [{ messageId: 'only-apology', severity: 'info', fix, data: { ...base, why, does, reply: kind } }] : [];
    }
    if (!sure) return [];
    // A question is no answer yet (the rubric: "only a diagnostic question" does not resolve it).
    if (kind === 'question') {
      // Asking in public about a public matter fits: no handoff to offer there.
      if (need?.against) return [{ messageId: 'asks-publicly', severity: 'info', data: { ...base, why, reply: kind } }];
      return [{ messageId: 'asks-for-details', severity: 'info', fix, data: { ...base, why, reply: kind } }];
    }
    return [{ messageId: 'answered-publicly', severity: 'info', fix, data: { ...base, why, reply: kind } }];
  },
});
