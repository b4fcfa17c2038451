import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { PostwiseDB } from '@/lib/storage/db';
import { applyRetention } from '@/lib/storage/retention';
import { recordPost } from '@/lib/storage/posts';
import { logFindings } from '@/lib/storage/findings-log';
import { saveDraft } from '@/lib/storage/drafts';
import { updateSettings } from '@/lib/storage/settings';
import { DAY, NOW, freshDb, rawSnapshot, seed } from './helpers';

let db: PostwiseDB;
afterEach(async () => {
  await db?.delete();
});

async function withAges(ages: number[]) {
  db = freshDb();
  for (const [i, age] of ages.entries()) {
    await recordPost(db, { id: `p${i}`, platform: 'x', kind: 'post', text: `${age} days old`, time: NOW - age * DAY });
    await logFindings(db, [{ ruleId: 'r', event: 'shown', platform: 'x', time: NOW - age * DAY }]);
  }
}

describe('history retention', () => {
  it('deletes posts and log entries older than the setting (180 days by default)', async () => {
    await withAges([1, 179, 181, 400]);
    const result = await applyRetention(db, NOW);
    expect(result).toMatchObject({ postsDeleted: 2, findingsDeleted: 2, cutoff: NOW - 180 * DAY });
    expect((await db.posts.toArray()).map((p) => p.id).sort()).toEqual(['p0', 'p1']);
    expect(await db.findings.count()).toBe(2);
  });

  it('follows the retentionDays setting', async () => {
    await withAges([1, 20, 40]);
    await updateSettings(db, { retentionDays: 30 });
    expect((await applyRetention(db, NOW)).postsDeleted).toBe(1);
    expect(await db.posts.count()).toBe(2);
  });

  it('never touches drafts, contacts, segments, settings or reviews, however old', async () => {
    db = freshDb();
    await seed(db);
    await saveDraft(db, { key: 'old', platform: 'x', kind: 'post', text: 'from last year' }, NOW - 400 * DAY);
    const others = async () => {
      const snap = JSON.parse(await rawSnapshot(db));
      delete snap.posts;
      delete snap.findings;
      return snap;
    };
    const before = await others();
    await applyRetention(db, NOW + 1000 * DAY, 1);
    expect(await db.posts.count()).toBe(0);
    expect(await db.findings.count()).toBe(0);
    expect(await others()).toEqual(before);
  });
});
