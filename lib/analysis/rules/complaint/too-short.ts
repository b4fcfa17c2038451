/** An empty or one-word reply to a complaint is close to silence, the worst reply. */
import { defineRule } from '../../rule';
import { confidenceData, isComplaintReply } from '../../complaint/context';
import { wordCountUpTo } from '../../complaint/reply';

/** Replies with fewer words than this say too little to a complaint. */
const MIN_WORDS = 4;

export default defineRule({
  meta: {
    id: 'complaint/too-short',
    category: 'complaint',
    description: 'Notes when a reply to a complaint is empty or only a word or two.',
    severity: 'info',
    messages: {
      empty: {
        message: 'You are answering a complaint: acknowledge it and offer a DM or email.',
        explanation:
          'Silence is the worst reply to a public complaint. A quick answer that says sorry and moves the ' +
          'details to a private channel shows everyone reading that the brand listens.',
      },
      'too-short': {
        message: 'This reply to a complaint is very short: say what you will do about it.',
        explanation:
          'A word or two ("Noted", "OK") under a complaint reads as a brush-off to everyone reading. ' +
          'Acknowledge the trouble and offer a private channel where you can help.',
      },
    },
  },
  check(ctx) {
    if (!isComplaintReply(ctx)) return [];
    const words = wordCountUpTo(ctx.text, MIN_WORDS);
    if (words === 0) return [{ messageId: 'empty', data: confidenceData(ctx) }];
    if (words < MIN_WORDS) return [{ messageId: 'too-short', data: { ...confidenceData(ctx), words } }];
    return [];
  },
});
