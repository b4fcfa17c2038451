/** Reads the rows the stats page is computed from, in one transaction. */
import { computeStats } from '../coaching/stats';
import type { Stats } from '../contract/schemas';
import type { PostwiseDB } from './db';

/** Stats over data at or after `since` (epoch ms; 0 for everything kept). */
export async function readStats(db: PostwiseDB, since = 0): Promise<Stats> {
  return db.transaction('r', [db.posts, db.findings, db.contacts, db.drafts], async () => {
    const [posts, events, contacts, drafts] = await Promise.all([
      db.posts.where('time').aboveOrEqual(since).toArray(),
      db.findings.where('time').aboveOrEqual(since).toArray(),
      db.contacts.toArray(),
      db.drafts.count(),
    ]);
    return computeStats({ since, posts, events, contacts, drafts });
  });
}
