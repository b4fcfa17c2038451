/**
 * The same text on three or more networks within a day, counting the draft's: what mass posting
 * tools make easy and what rarely starts a conversation.
 */
import { DAY } from '../../../util/time';
import { crosspostMatches, listNames } from '../../history/crosspost';
import { defineRule } from '../../rule';
import { PLATFORM_NAMES, type Platform } from '../../schemas';

/** Networks in a day from which the same text counts as mass posting. */
const MIN_NETWORKS = 3;

export default defineRule({
  meta: {
    id: 'crosspost/mass-posting',
    category: 'crosspost',
    description: 'The same text sent to three or more networks within a day.',
    severity: 'warn',
    messages: {
      massPosting: {
        message: 'The same text on {count} networks within a day: {networks}.',
        explanation:
          'Posting one message to every network at once is what scheduling tools make easy, and it rarely ' +
          "starts a conversation: each network's readers see a broadcast rather than a post written for them. " +
          'Write each version for its network, or spread them out.',
      },
    },
  },
  check(ctx) {
    const since = ctx.now - DAY;
    const matches = crosspostMatches(ctx).filter((m) => m.post.time >= since);
    // Each network once, at its first post of the text; the draft's network at now unless already there.
    const first = new Map<Platform, { time: number; ids: string[] }>();
    for (const m of [...matches].sort((a, b) => a.post.time - b.post.time)) {
      const seen = first.get(m.post.platform);
      if (seen) seen.ids.push(m.post.id);
      else first.set(m.post.platform, { time: m.post.time, ids: [m.post.id] });
    }
    if (!first.has(ctx.draft.platform)) first.set(ctx.draft.platform, { time: ctx.now, ids: [] });
    if (first.size < MIN_NETWORKS) return [];
    const platforms = [...first.keys()];
    return [
      {
        messageId: 'massPosting',
        data: {
          count: platforms.length,
          networks: listNames(platforms.map((p) => PLATFORM_NAMES[p])),
          platforms: platforms.join(','),
          matchedPostIds: platforms.flatMap((p) => first.get(p)!.ids).join(','),
        },
      },
    ];
  },
});
