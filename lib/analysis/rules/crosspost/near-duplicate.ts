/**
 * A post that nearly repeats one the user published on another network in the last
 * `crosspostDays` days: says which post and what the reused text now breaks here.
 */
import { timeAgo } from '../../../util/time';
import { crosspostMatches, relationOf } from '../../history/crosspost';
import { normViolations } from '../../norms/violations';
import { defineRule } from '../../rule';
import { PLATFORM_NAMES } from '../../schemas';

export default defineRule({
  meta: {
    id: 'crosspost/near-duplicate',
    category: 'crosspost',
    description: "A post that repeats the user's recent post on another network, and the norms it breaks here.",
    severity: 'warn',
    messages: {
      breaksNorms: {
        message: 'This {relation} your {matchedPlatform} post from {ago} and breaks {platform} norms: {violations}.',
        explanation:
          'A text written for {matchedPlatform} carries its habits over to {platform}. Each network has its own ' +
          'length, hashtag, link and mention norms, and a message pushed unchanged to several networks rarely ' +
          'starts a conversation. Rework it for {platform}: fix what breaks its norms and write a line for the ' +
          'people who read you there.',
      },
      adapt: {
        message: "This {relation} your {matchedPlatform} post from {ago}; a line written for {platform}'s readers would help.",
        explanation:
          "It fits {platform}'s norms, but the same words sent to every network read like a broadcast, and mass " +
          'cross-posting rarely starts a conversation. A question, a detail or a tone that suits {platform} ' +
          'makes it a post of its own.',
      },
    },
  },
  check(ctx) {
    const platform = ctx.draft.platform;
    // Most similar first, then newest: the post it most plainly repeats.
    const match = crosspostMatches(ctx).find((m) => m.post.platform !== platform);
    if (!match) return [];
    const relation = relationOf(match);
    const violations = normViolations(ctx);
    const data = {
      matchedPostId: match.post.id,
      matchedPlatform: PLATFORM_NAMES[match.post.platform],
      platform: PLATFORM_NAMES[platform],
      ago: timeAgo(ctx.now, match.post.time),
      hoursAgo: Math.round(Math.max(0, ctx.now - match.post.time) / 360_000) / 10,
      similarity: Math.round(match.similarity * 100) / 100,
      relation,
      violations: violations.map((v) => v.summary).join(', '),
      violationCount: violations.length,
    };
    if (violations.length > 0) return [{ messageId: 'breaksNorms', data }];
    // Barely touched: worth a (mild) warning; already cut, expanded or reworded: worth knowing.
    return [{ messageId: 'adapt', severity: relation === 'repeats' ? 'warn' : 'info', data }];
  },
});
