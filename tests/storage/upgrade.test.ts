import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { PostwiseDB, V1_STORES, V2_STORES, V3_STORES } from '@/lib/storage/db';
import { ReviewRowSchema } from '@/lib/contract/schemas';
import { HistoryCache } from '@/lib/storage/history-cache';
import { PostRowSchema } from '@/lib/contract/schemas';
import { applyRetention } from '@/lib/storage/retention';
import { EXPORT_FORMAT } from '@/lib/contract/export-format';
import { v1ToV2, type ExportFileV1 } from '@/lib/storage/migrations/v1-to-v2';

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

/** A database exactly as schema version 1 left it, with data in every table. */
async function createV1(name: string, posts: number): Promise<void> {
  const v1 = new Dexie(name);
  v1.version(1).stores(V1_STORES);
  await v1.open();
  await v1.table('posts').bulkAdd(
    Array.from({ length: posts }, (_, i) => ({
      id: `p${i}`,
      platform: (['x', 'facebook', 'linkedin', 'instagram'] as const)[i % 4],
      kind: i % 3 === 0 ? 'reply' : 'post',
      text: `Post number ${i} ✨`,
      postedAt: new Date(Date.UTC(2025, 11, 1) + i * 3_600_000).toISOString(),
      ...(i % 5 === 0 ? { replyTo: { text: 'Is this in stock?', author: 'kim' }, promotional: false } : {}),
    })),
  );
  await v1.table('drafts').add({ key: 'x.com|/compose/post', platform: 'x', kind: 'post', text: 'kept', updatedAt: 1 });
  await v1.table('contacts').add({ platform: 'x', handle: 'kim', stage: 'interest', updatedAt: 2 });
  await v1.table('segments').add({ id: 's', name: 'Fans', stage: 'advocacy', platforms: [], accounts: [] });
  await v1.table('settings').add({ id: 'settings', supportEmail: 'a@b.co', retentionDays: 30 });
  await v1.table('findings').add({ ruleId: 'promo/ratio', event: 'shown', platform: 'x', time: 3 });
  v1.close();
}

describe('schema upgrade 1 → 2', () => {
  it('keeps every row of every table and turns postedAt ISO strings into epoch-ms time', async () => {
    const name = `upgrade-${Date.now()}`;
    names.push(name);
    await createV1(name, 500);

    const db = new PostwiseDB(name);
    await db.open();
    expect(db.verno).toBe(4); // opened at the latest version: 1 → 2 (this move of the data) → 3 (a new table) → 4 (reviews)
    const posts = await db.posts.toArray();
    expect(posts).toHaveLength(500);
    for (const [i, post] of posts.sort((a, b) => Number(a.id.slice(1)) - Number(b.id.slice(1))).entries()) {
      expect(post.time).toBe(Date.UTC(2025, 11, 1) + i * 3_600_000);
      expect(post).not.toHaveProperty('postedAt');
      expect(post.text).toBe(`Post number ${i} ✨`);
      // The upgraded row is a valid v2 row (source gets its default when read through the schema).
      expect(PostRowSchema.safeParse(post).success).toBe(true);
    }
    expect(posts.find((p) => p.id === 'p5')?.replyTo).toEqual({ text: 'Is this in stock?', author: 'kim' });
    expect(await db.drafts.count()).toBe(1);
    expect(await db.contacts.get(['x', 'kim'])).toMatchObject({ stage: 'interest' });
    expect(await db.segments.count()).toBe(1);
    expect(await db.settings.get('settings')).toMatchObject({ supportEmail: 'a@b.co', retentionDays: 30 });
    expect(await db.findings.count()).toBe(1);
    expect(await db.reviews.count()).toBe(0);
    db.close();
  });

  it('adds the time index: posts can be queried by time after the upgrade', async () => {
    const name = `upgrade-index-${Date.now()}`;
    names.push(name);
    await createV1(name, 48);
    const db = new PostwiseDB(name);
    const since = Date.UTC(2025, 11, 2);
    expect(await db.posts.where('time').aboveOrEqual(since).count()).toBe(24);
    db.close();
  });
});

describe('schema upgrade 1 → 2 with an unreadable time', () => {
  it('keeps the post, marks its time as unknown, and retention never purges it', async () => {
    const name = `upgrade-unknown-${Date.now()}`;
    names.push(name);
    const v1 = new Dexie(name);
    v1.version(1).stores(V1_STORES);
    await v1.open();
    await v1.table('posts').bulkAdd([
      { id: 'garbled', platform: 'x', kind: 'post', text: 'When was this?', postedAt: 'last Tuesday' },
      { id: 'old', platform: 'x', kind: 'post', text: 'Long ago', postedAt: '2020-01-01T00:00:00Z' },
    ]);
    v1.close();

    const db = new PostwiseDB(name);
    await db.open();
    const garbled = await db.posts.get('garbled');
    expect(garbled).toMatchObject({ text: 'When was this?', timeUnknown: true });
    expect(PostRowSchema.safeParse(garbled).success).toBe(true);

    const result = await applyRetention(db, Date.UTC(2026, 2, 2), 180);
    expect(result.postsDeleted).toBe(1);
    expect((await db.posts.toArray()).map((p) => p.id)).toEqual(['garbled']);
    db.close();
  });

  it('marks an unreadable time in a version-1 export file the same way', () => {
    const file = v1ToV2({
      format: EXPORT_FORMAT,
      version: 1,
      exportedAt: '2026-03-02T12:00:00Z',
      tables: {
        posts: [{ id: 'a', platform: 'x', kind: 'post', text: 'hi', postedAt: '1969-12-31T23:00:00Z' }],
        drafts: [],
        contacts: [],
        segments: [],
        settings: [],
        findings: [],
      },
    } as unknown as ExportFileV1);
    expect(file.tables.posts[0]).toMatchObject({ time: 0, timeUnknown: true });
  });
});

describe('schema upgrade 2 → 3 (the caches table)', () => {
  it('keeps every row, adds an empty caches table, and the history index then saves its snapshot there', async () => {
    const name = `upgrade-v3-${Date.now()}`;
    names.push(name);
    const v2 = new Dexie(name);
    v2.version(2).stores(V2_STORES);
    await v2.open();
    await v2.table('posts').bulkAdd([
      { id: 'a', platform: 'x', kind: 'post', text: 'Spring is here with fresh colours', time: Date.UTC(2026, 1, 1), source: 'recorded' },
      { id: 'b', platform: 'linkedin', kind: 'post', text: 'Our team at the spring fair', time: Date.UTC(2026, 1, 2), source: 'recorded' },
    ]);
    await v2.table('settings').add({ id: 'settings', retentionDays: 30 });
    v2.close();

    const db = new PostwiseDB(name);
    await db.open();
    expect(db.verno).toBe(4);
    expect((await db.posts.toArray()).map((p) => p.id)).toEqual(['a', 'b']);
    expect(await db.settings.get('settings')).toMatchObject({ retentionDays: 30 });
    expect(await db.caches.count()).toBe(0);
    const cache = new HistoryCache(db, { schedule: (task) => task() });
    expect((await cache.get()).size).toBe(2);
    await cache.flush();
    expect(await db.caches.count()).toBe(1);
    db.close();
  });
});

describe("schema upgrade 3 → 4 (a review's verdict is its decision)", () => {
  it('renames the field in every stored review, loses none, and leaves the other tables alone', async () => {
    const name = `upgrade-v4-${Date.now()}`;
    names.push(name);
    const v3 = new Dexie(name);
    v3.version(3).stores(V3_STORES);
    await v3.open();
    const decisions = ['approved', 'changes-requested', 'rejected'] as const;
    await v3
      .table('reviews')
      .bulkAdd(
        Array.from({ length: 300 }, (_, i) => ({
          id: `r${i}`,
          draftKey: `review:${i % 7}`,
          verdict: decisions[i % 3],
          note: i % 2 ? 'shorter' : '',
          time: i,
        })),
      );
    await v3.table('posts').add({ id: 'a', platform: 'x', kind: 'post', text: 'kept', time: 1, source: 'recorded' });
    v3.close();

    const db = new PostwiseDB(name);
    await db.open();
    expect(db.verno).toBe(4);
    const reviews = await db.reviews.toArray();
    expect(reviews).toHaveLength(300);
    for (const r of reviews) {
      const i = Number(r.id.slice(1));
      expect(r).toEqual({ id: `r${i}`, draftKey: `review:${i % 7}`, decision: decisions[i % 3], note: i % 2 ? 'shorter' : '', time: i });
      expect(ReviewRowSchema.parse(r)).toEqual(r);
    }
    expect(await db.reviews.where('draftKey').equals('review:3').count()).toBe(reviews.filter((r) => r.draftKey === 'review:3').length);
    expect(await db.posts.get('a')).toMatchObject({ text: 'kept' });
    db.close();
  });
});
