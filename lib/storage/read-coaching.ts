/** Reads the rows the coaching popup is computed from, in one transaction. */
import { computeCoaching, GAUGE_POSTS, TIP_DAYS } from '../coaching/coaching';
import { DAY } from '../util/time';
import { PLATFORMS, type Platform } from '../analysis/schemas';
import type { Coaching } from '../contract/coaching';
import type { PostRow } from '../contract/schemas';
import type { PostwiseDB } from './db';
import { getSettings } from './settings';

/** Everything the coaching popup shows, as of `now`. */
export async function readCoaching(db: PostwiseDB, now = Date.now()): Promise<Coaching> {
  const lastWeekStart = now - 14 * DAY;
  return db.transaction('r', [db.posts, db.findings, db.drafts, db.settings], async () => {
    const [recentPosts, events, settings, postCount, findingCount, drafts] = await Promise.all([
      db.posts.where('time').aboveOrEqual(lastWeekStart).toArray(),
      db.findings
        .where('time')
        .aboveOrEqual(now - TIP_DAYS * DAY)
        .toArray(),
      getSettings(db),
      db.posts.count(),
      db.findings.count(),
      db.drafts.toArray(),
    ]);
    // The last 20 posts (not replies) per platform, newest first: walk the time index backwards.
    const perPlatform = new Map<Platform, PostRow[]>(PLATFORMS.map((p) => [p, []]));
    let full = 0;
    await db.posts
      .orderBy('time')
      .reverse()
      .until(() => full === PLATFORMS.length)
      .each((post) => {
        if (post.kind !== 'post') return;
        const list = perPlatform.get(post.platform)!;
        if (list.length >= GAUGE_POSTS) return;
        list.push(post);
        if (list.length === GAUGE_POSTS) full++;
      });
    return computeCoaching({
      now,
      recentPosts,
      events,
      perPlatform,
      drafts,
      promoShare: settings.promoShare,
      totals: { posts: postCount, findings: findingCount },
    });
  });
}
