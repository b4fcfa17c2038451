/** History retention: published posts and the findings log older than retentionDays are deleted. */
import type { PostwiseDB } from './db';
import { getSettings } from './settings';
import { DAY } from '../util/time';

export interface RetentionResult {
  cutoff: number;
  postsDeleted: number;
  findingsDeleted: number;
}

/** Deletes old posts and log entries (only those two tables) in one transaction; a post whose time is unknown is kept. */
export async function applyRetention(db: PostwiseDB, now = Date.now(), days?: number): Promise<RetentionResult> {
  const keepDays = days ?? (await getSettings(db)).retentionDays;
  const cutoff = now - keepDays * DAY;
  return db.transaction('rw', db.posts, db.findings, async () => ({
    cutoff,
    postsDeleted: await db.posts
      .where('time')
      .below(cutoff)
      .and((post) => !post.timeUnknown)
      .delete(),
    findingsDeleted: await db.findings.where('time').below(cutoff).delete(),
  }));
}
