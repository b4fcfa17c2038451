import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { PostwiseDB } from '@/lib/storage/db';
import { HistoryCache } from '@/lib/storage/history-cache';
import { recordPost } from '@/lib/storage/posts';
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
