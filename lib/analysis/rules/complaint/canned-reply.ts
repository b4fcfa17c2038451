/** The same reply pasted to complaint after complaint reads as a bot. */
import { DAY } from '../../../util/time';
import { defineRule } from '../../rule';
import { confidenceData, isComplaintReply } from '../../complaint/context';
import { wordCountUpTo } from '../../complaint/reply';

/** How far back earlier replies are looked for. */
const WINDOW_DAYS = 30;
/** Near-identical earlier replies before this one is called canned. */
const MIN_REPEATS = 3;
/** Replies shorter than this are too short to call canned ("Thank you!"). */
const MIN_WORDS = 3;

export default defineRule({
  meta: {
    id: 'complaint/canned-reply',
    category: 'complaint',
    description: 'Flags a reply to a complaint that repeats, nearly word for word, replies sent several times in the last 30 days.',
    severity: 'warn',
    messages: {
      canned: {
        message: 'You have sent this reply {count} times in the last 30 days: make it about this customer.',
        explanation:
          "People read a brand's replies side by side. The same pasted text under every complaint reads " +
          'like a bot and tells the customer nobody read theirs; name their problem in a few words.',
      },
    },
  },
  check(ctx) {
    if (!isComplaintReply(ctx) || ctx.history.size < MIN_REPEATS) return [];
    if (wordCountUpTo(ctx.text, MIN_WORDS) < MIN_WORDS) return [];
    const matches = ctx.history.findSimilar(ctx.text, {
      kinds: ['reply', 'comment'],
      since: ctx.now - WINDOW_DAYS * DAY,
      minSimilarity: 0.9,
      limit: 50,
    });
    if (matches.length < MIN_REPEATS) return [];
    const newest = matches.reduce((a, b) => (b.post.time > a.post.time ? b : a));
    return [
      {
        messageId: 'canned',
        data: { ...confidenceData(ctx), count: matches.length, latestId: newest.post.id },
      },
    ];
  },
});
