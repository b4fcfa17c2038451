/**
 * Stored drafts: a size cap, a count cap and an expiry; and two tabs on one composer key each keep
 * their own draft (per-tab slots merged in one transaction), so neither is lost when the other
 * saves or posts, and every surviving draft is offered back.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DRAFT_TTL_DAYS, MAX_DRAFT_CHARS, MAX_DRAFTS } from '@/lib/contract/limits';
import { deleteDraft, getDraft, saveDraft } from '@/lib/storage/drafts';
import { freshDb, NOW } from '../storage/helpers';

const DAY = 86_400_000;

describe('stored drafts', () => {
  it('refuses a draft over the cap, keeps at most MAX_DRAFTS, and stops offering one after the expiry', async () => {
    const db = freshDb();
    await expect(
      saveDraft(db, { key: 'x:post:big', platform: 'x', kind: 'post', text: 'a'.repeat(MAX_DRAFT_CHARS + 1) }, NOW),
    ).rejects.toThrow(/100,000 characters/);
    for (let i = 0; i < MAX_DRAFTS + 10; i++)
      await saveDraft(db, { key: `x:post:${i}`, platform: 'x', kind: 'post', text: `draft ${i}` }, NOW + i);
    expect(await db.drafts.count()).toBe(MAX_DRAFTS);
    expect(await getDraft(db, 'x:post:0')).toBeNull(); // the oldest went
    expect(await getDraft(db, `x:post:${MAX_DRAFTS + 9}`, NOW + DRAFT_TTL_DAYS * DAY)).not.toBeNull();
    expect(await getDraft(db, `x:post:${MAX_DRAFTS + 9}`, NOW + (DRAFT_TTL_DAYS + 1) * DAY)).toBeNull();
    await db.delete();
  });
});

describe('two tabs, one composer key', () => {
  const draft = (text: string, slot: string, updatedAt: number) => ({
    key: 'x:post:tweetTextarea_0',
    platform: 'x' as const,
    kind: 'post' as const,
    text,
    slot,
    updatedAt,
  });

  it('each tab’s draft survives the other’s saves, and the other’s post', async () => {
    const db = freshDb();
    await saveDraft(db, draft('Tab A: first words', 'A', NOW), NOW);
    await saveDraft(db, draft('Tab B: its own draft', 'B', NOW + 1), NOW + 1);
    await saveDraft(db, draft('Tab A: more words', 'A', NOW + 2), NOW + 2);
    const both = await getDraft(db, 'x:post:tweetTextarea_0');
    expect([both?.text, ...(both?.earlier ?? []).map((e) => e.text)]).toEqual(['Tab A: more words', 'Tab B: its own draft']);
    // Tab A posts: only its draft goes; tab B's is offered next time.
    await deleteDraft(db, 'x:post:tweetTextarea_0', { slot: 'A' });
    const left = await getDraft(db, 'x:post:tweetTextarea_0');
    expect(left).toMatchObject({ text: 'Tab B: its own draft', slot: 'B' });
    expect(left?.earlier).toBeUndefined();
    await db.delete();
  });

  it('a tab that restored or discarded an offered draft supersedes it; one that wrote beside it keeps it', async () => {
    const db = freshDb();
    await saveDraft(db, draft('Yesterday, tab C', 'C', NOW), NOW);
    // Tab D was offered C's draft and wrote beside it (keeps it in earlier).
    await saveDraft(
      db,
      { ...draft('Tab D beside the offer', 'D', NOW + 1), earlier: [{ text: 'Yesterday, tab C', updatedAt: NOW, slot: 'C' }] },
      NOW + 1,
      { replaces: ['C'] },
    );
    expect((await getDraft(db, 'x:post:tweetTextarea_0'))?.earlier?.map((e) => e.text)).toEqual(['Yesterday, tab C']);
    // Tab E restored C's draft (no earlier): C's entry is superseded.
    await saveDraft(db, draft('Yesterday, tab C', 'E', NOW + 2), NOW + 2, { replaces: ['C', 'D'] });
    expect((await getDraft(db, 'x:post:tweetTextarea_0'))?.earlier).toBeUndefined();
    await db.delete();
  });
});
