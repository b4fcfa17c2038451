import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { PostwiseDB } from '@/lib/storage/db';
import { SNAPSHOT_FORMAT } from '@/lib/analysis/history/index';
import { HistoryCache, SNAPSHOT_ID } from '@/lib/storage/history-cache';
import { recordPost } from '@/lib/storage/posts';
import { exportAll } from '@/lib/storage/export';
import { wipeAll } from '@/lib/storage/wipe';
import { NOW, freshDb, seed } from './helpers';

let db: PostwiseDB;
afterEach(async () => {
  await db?.delete();
});

describe('the warm history index', () => {
  it('is built once from the database, however many callers ask at once', async () => {
    db = freshDb();
    await seed(db);
    const cache = new HistoryCache(db);
    expect(cache.isWarm).toBe(false);
    const [a, b] = await Promise.all([cache.get(), cache.get()]);
    expect(a).toBe(b);
    expect(a.size).toBe(3);
    expect(cache.builds).toBe(1);
  });

  it('takes newly recorded posts with add() and never counts one twice', async () => {
    db = freshDb();
    await seed(db);
    const cache = new HistoryCache(db);
    const building = cache.get();
    const row = await recordPost(db, { platform: 'x', kind: 'post', text: 'Recorded while the index was building', time: NOW });
    await cache.add(row);
    await cache.add(row);
    expect((await building).size).toBe(4);
    expect((await cache.get()).findSimilar('Recorded while the index was building', { minSimilarity: 0.9 })).toHaveLength(1);
    expect(cache.builds).toBe(1);
  });

  it('does nothing on add() while cold, and rebuilds after invalidate()', async () => {
    db = freshDb();
    const cache = new HistoryCache(db);
    await cache.add(await recordPost(db, { platform: 'x', kind: 'post', text: 'one', time: NOW }));
    expect(cache.isWarm).toBe(false);
    expect((await cache.get()).size).toBe(1);
    await recordPost(db, { platform: 'x', kind: 'post', text: 'two', time: NOW });
    cache.invalidate();
    expect((await cache.get()).size).toBe(2);
    expect(cache.builds).toBe(2);
  });
});

describe('the history index snapshot', () => {
  /** A cache whose saves run only when the test says. */
  const manual = (db: PostwiseDB) => {
    const tasks: (() => void)[] = [];
    const cache = new HistoryCache(db, { schedule: (task) => void tasks.push(task) });
    return {
      cache,
      runSaves: async () => {
        for (const task of tasks.splice(0)) task();
        await cache.flush();
      },
    };
  };
  const answers = async (cache: HistoryCache) => {
    const index = await cache.get();
    return JSON.parse(
      JSON.stringify({
        size: index.size,
        similar: ['Our spring collection is here 🌸 #spring', 'So sorry about that! Could you email help@brand.com?'].map((t) =>
          index.findSimilar(t, { minSimilarity: 0.3 }),
        ),
        recent: (['x', 'linkedin', 'facebook', 'instagram'] as const).map((p) => index.recent(p, { limit: 10 })),
      }),
    );
  };

  it('is saved after a build, and a woken worker restores it instead of rebuilding, with the same answers', async () => {
    db = freshDb();
    await seed(db);
    const first = manual(db);
    const built = await answers(first.cache);
    expect(first.cache.builds).toBe(1);
    await first.runSaves();
    expect(first.cache.saves).toBe(1);
    expect(await db.caches.get(SNAPSHOT_ID)).toMatchObject({ format: SNAPSHOT_FORMAT, posts: 3 });

    const woken = manual(db);
    expect(await answers(woken.cache)).toEqual(built);
    expect([woken.cache.builds, woken.cache.restores]).toEqual([0, 1]);
  });

  it('catches up with posts recorded after the snapshot (the worker stopped before saving again)', async () => {
    db = freshDb();
    await seed(db);
    const first = manual(db);
    await first.cache.get();
    await first.runSaves();
    const row = await recordPost(db, {
      id: 'late',
      platform: 'x',
      kind: 'post',
      text: 'Recorded after the snapshot was written',
      time: NOW,
    });
    await first.cache.add(row); // saved later: never, the worker stops

    const woken = manual(db);
    const index = await woken.cache.get();
    expect([woken.cache.builds, woken.cache.restores, index.size]).toEqual([0, 1, 4]);
    expect(index.findSimilar('Recorded after the snapshot was written').map((m) => m.post.id)).toEqual(['late']);
    await woken.runSaves();
    expect(await db.caches.get(SNAPSHOT_ID)).toMatchObject({ posts: 4 });
  });

  it('is not used when posts were deleted since it was saved, or when it is damaged; invalidate() deletes it', async () => {
    db = freshDb();
    await seed(db);
    const first = manual(db);
    await first.cache.get();
    await first.runSaves();
    await db.posts.delete('p1'); // as if the worker stopped before invalidating
    const woken = manual(db);
    expect((await woken.cache.get()).size).toBe(2);
    expect([woken.cache.builds, woken.cache.restores]).toEqual([1, 0]);

    await woken.runSaves();
    await db.caches.update(SNAPSHOT_ID, { starts: new Int32Array(1) });
    const again = manual(db);
    expect((await again.cache.get()).size).toBe(2);
    expect(again.cache.builds).toBe(1);

    again.cache.invalidate();
    await again.cache.flush();
    expect(await db.caches.get(SNAPSHOT_ID)).toBeUndefined();
  });

  it('is removed by a wipe with everything else, and never exported', async () => {
    db = freshDb();
    await seed(db);
    const first = manual(db);
    await first.cache.get();
    await first.runSaves();
    expect(await db.caches.count()).toBe(1);
    expect(Object.keys((await exportAll(db, NOW)).tables)).not.toContain('caches');
    await wipeAll(db);
    expect(await db.caches.count()).toBe(0);
  });

  it('never saves an index that was invalidated before its save ran', async () => {
    db = freshDb();
    await seed(db);
    const first = manual(db);
    await first.cache.get();
    first.cache.invalidate();
    await first.runSaves();
    expect(await db.caches.get(SNAPSHOT_ID)).toBeUndefined();
    expect(first.cache.saves).toBe(0);
  });

  it('within(): the index when ready, undefined while it warms, the index again once warm', async () => {
    db = freshDb();
    await seed(db);
    const { cache } = manual(db);
    expect(await cache.within(0)).toBeUndefined();
    const index = await cache.get();
    expect(await cache.within(0)).toBe(index);
    expect(await cache.within(Infinity)).toBe(index);
  });
});
