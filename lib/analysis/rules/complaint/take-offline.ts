/** A reply to a complaint should move the details to a private channel. */
import { defineRule } from '../../rule';
import { confidenceData, isComplaintReply, replyChannels } from '../../complaint/context';
import { appendSentence, handoffLine } from '../../complaint/handoff';

export default defineRule({
  meta: {
    id: 'complaint/take-offline',
    category: 'complaint',
    description: 'Flags a reply to a complaint that offers no private channel (DM, email, phone, chat or form).',
    severity: 'fix',
    messages: {
      'no-private-channel': {
        message: 'This answers a complaint but offers no private channel: add a DM, email or phone handoff.',
        explanation:
          'The whole world reads the public part of a complaint thread. Answer in public, then move the ' +
          'details (order, account, what went wrong) to a DM, email or call, where you can fix it without ' +
          'an audience and without asking for personal data in the open.',
      },
    },
  },
  check(ctx) {
    if (!isComplaintReply(ctx) || !ctx.text.trim()) return [];
    if (replyChannels(ctx).offered) return [];
    const line = handoffLine(ctx.settings);
    return [
      {
        messageId: 'no-private-channel',
        fix: { label: 'Add a private-channel handoff', edits: [appendSentence(ctx.text, line)] },
        data: { ...confidenceData(ctx), handoff: line },
      },
    ];
  },
});
