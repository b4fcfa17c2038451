import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { PostwiseDB, V1_STORES } from '@/lib/storage/db';
import { PostRowSchema } from '@/lib/storage/schemas';

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
    expect(db.verno).toBe(2);
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
