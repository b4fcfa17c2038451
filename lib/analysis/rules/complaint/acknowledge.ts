/** A reply to a complaint should acknowledge the trouble before anything else. */
import { defineRule } from '../../rule';
import { confidenceData, isComplaintReply, isSureComplaint, replyReadsNoComplaint } from '../../complaint/context';
import { APOLOGY, prependSentence } from '../../complaint/handoff';
import { findAcknowledgements } from '../../complaint/reply';

export default defineRule({
  meta: {
    id: 'complaint/acknowledge',
    category: 'complaint',
    description: 'Flags a reply to a complaint that neither acknowledges the trouble nor apologises.',
    severity: 'warn',
    messages: {
      'no-acknowledgement': {
        message: 'This answers a complaint without acknowledging it: open with an apology or "we understand".',
        explanation:
          'A customer who complains in public wants to be heard first. A short acknowledgement ("Sorry ' +
          'about this", "That is not the experience we want") shows everyone reading that you take it ' +
          'seriously; jumping straight to instructions reads as a brush-off.',
      },
    },
  },
  check(ctx) {
    if (!isComplaintReply(ctx) || !ctx.text.trim()) return [];
    // Asking for an apology needs more certainty than noticing a complaint (isSureComplaint).
    if (!isSureComplaint(ctx)) return [];
    if (findAcknowledgements(ctx.text).length > 0) return [];
    // The classifier's misreadings: praise the reply thanks for, a question it answers.
    if (replyReadsNoComplaint(ctx)) return [];
    return [
      {
        messageId: 'no-acknowledgement',
        fix: { label: 'Open with an apology', edits: [prependSentence(ctx.text, APOLOGY)] },
        data: confidenceData(ctx),
      },
    ];
  },
});
