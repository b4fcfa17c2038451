import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { PostwiseDB } from '@/lib/storage/db';
import { deletePost, listPosts, loadHistory, recordPost } from '@/lib/storage/posts';
import { deleteDraft, getDraft, saveDraft } from '@/lib/storage/drafts';
import { deleteContact, getContact, listContacts, setContact } from '@/lib/storage/contacts';
import { deleteSegment, listSegments, saveSegment } from '@/lib/storage/segments';
import { getSettings, updateSettings } from '@/lib/storage/settings';
import { listFindingEvents, logFindings } from '@/lib/storage/findings-log';
import { deleteReview, listReviewsByPrefix, saveReview } from '@/lib/storage/reviews';
import { ValidationError } from '@/lib/contract/errors';
import { DraftRowSchema, MAX_EARLIER_DRAFTS } from '@/lib/contract/schemas';
import { DAY, NOW, freshDb, seed } from './helpers';

let db: PostwiseDB;
afterEach(async () => {
  await db?.delete();
});

describe('posts', () => {
  it('records, lists newest first, filters by platform and deletes', async () => {
    db = freshDb();
    await seed(db);
    expect((await listPosts(db)).map((p) => p.id)).toEqual(['p2', 'p1', 'p3']);
    expect((await listPosts(db, { platform: 'x' })).map((p) => p.id)).toEqual(['p1']);
    expect((await listPosts(db, { since: NOW - 1.5 * DAY })).map((p) => p.id)).toEqual(['p2']);
    expect(await deletePost(db, 'p1')).toBe(true);
    expect(await deletePost(db, 'p1')).toBe(false);
    expect(await db.posts.count()).toBe(2);
  });

  it('gives a recorded post an id and a source, and keeps reply context, CTA stage and promo flag', async () => {
    db = freshDb();
    const row = await recordPost(db, {
      platform: 'facebook',
      kind: 'comment',
      text: 'Thanks!',
      time: NOW,
      replyTo: { text: 'Love it' },
      ctaStage: 'advocacy',
      promotional: false,
    });
    expect(row.id).toMatch(/[0-9a-f-]{36}/);
    expect(await db.posts.get(row.id)).toEqual({ ...row, source: 'recorded' });
  });

  it('refuses an unknown platform', async () => {
    db = freshDb();
    await expect(recordPost(db, { platform: 'myspace' as never, kind: 'post', text: 'x', time: NOW })).rejects.toThrow();
    expect(await db.posts.count()).toBe(0);
  });

  it('loads history items oldest first with epoch times', async () => {
    db = freshDb();
    await seed(db);
    const items = await loadHistory(db);
    expect(items.map((i) => i.id)).toEqual(['p3', 'p1', 'p2']);
    expect(items[2]).toMatchObject({ postedAt: NOW - DAY, replyTo: { author: 'Ann' }, promotional: false, url: expect.any(String) });
  });
});

describe('drafts', () => {
  it('saves one draft per composer key, restores it intact, and deletes it', async () => {
    db = freshDb();
    const key = 'www.linkedin.com|/feed/';
    await saveDraft(db, { key, platform: 'linkedin', kind: 'post', text: 'First' }, NOW);
    await saveDraft(db, { key, platform: 'linkedin', kind: 'post', text: 'Second\n\nwith lines' }, NOW + 1);
    expect(await getDraft(db, key)).toMatchObject({ text: 'Second\n\nwith lines', updatedAt: NOW + 1 });
    await saveDraft(db, { key: 'x.com|/home', platform: 'x', kind: 'reply', text: 'hi' }, NOW + 2);
    expect((await db.drafts.orderBy('key').primaryKeys()).sort()).toEqual([key, 'x.com|/home']);
    expect(await deleteDraft(db, key)).toBe(true);
    expect(await getDraft(db, key)).toBeNull();
    expect(await deleteDraft(db, key)).toBe(false);
  });
  it('keeps the earlier drafts a draft was written beside, accepts rows without them, and refuses too many', async () => {
    db = freshDb();
    const key = 'x.com|/home';
    const earlier = [{ text: 'Yesterday’s draft', updatedAt: NOW - DAY }];
    await saveDraft(db, { key, platform: 'x', kind: 'post', text: 'Today', earlier }, NOW);
    expect(await getDraft(db, key)).toMatchObject({ text: 'Today', earlier });
    // A row from before `earlier` existed (as stored or exported) still validates.
    expect(DraftRowSchema.safeParse({ key, platform: 'x', kind: 'post', text: 'Old row', updatedAt: 1 }).success).toBe(true);
    const tooMany = Array.from({ length: MAX_EARLIER_DRAFTS + 1 }, (_, i) => ({ text: `d${i}`, updatedAt: i }));
    await expect(saveDraft(db, { key, platform: 'x', kind: 'post', text: 'x', earlier: tooMany })).rejects.toThrow();
    expect((await getDraft(db, key))?.text).toBe('Today');
  });
});

describe('contacts', () => {
  it('keys contacts by platform + normalised handle and keeps the note when only the stage changes', async () => {
    db = freshDb();
    await setContact(db, { platform: 'x', handle: '@Ann', stage: 'awareness', note: 'met at a fair' }, NOW);
    await setContact(db, { platform: 'x', handle: 'ann', stage: 'conversion' }, NOW + 1);
    await setContact(db, { platform: 'instagram', handle: 'ann', stage: 'loyalty' }, NOW);
    expect(await getContact(db, 'x', ' @ANN ')).toEqual({
      platform: 'x',
      handle: 'ann',
      stage: 'conversion',
      note: 'met at a fair',
      updatedAt: NOW + 1,
    });
    expect(await listContacts(db)).toHaveLength(2);
    await deleteContact(db, 'x', 'Ann');
    expect(await getContact(db, 'x', 'ann')).toBeNull();
  });

  it('refuses an empty handle', async () => {
    db = freshDb();
    await expect(setContact(db, { platform: 'x', handle: '@', stage: 'interest' })).rejects.toThrow(/empty/);
  });
});

describe('segments', () => {
  it('creates, lists by name, updates and deletes', async () => {
    db = freshDb();
    const a = await saveSegment(db, { name: 'Prospects', stage: 'consideration', platforms: ['linkedin'] });
    await saveSegment(db, { name: 'Fans', stage: 'advocacy' });
    expect((await listSegments(db)).map((s) => s.name)).toEqual(['Fans', 'Prospects']);
    await saveSegment(db, { ...a, stage: 'conversion' });
    expect((await listSegments(db)).find((s) => s.id === a.id)?.stage).toBe('conversion');
    expect(await deleteSegment(db, a.id)).toBe(true);
    expect(await listSegments(db)).toHaveLength(1);
  });
});

describe('settings', () => {
  it('returns defaults (180-day retention) before anything is saved', async () => {
    db = freshDb();
    expect(await getSettings(db)).toMatchObject({ retentionDays: 180, defaultStage: 'awareness', crosspostDays: 14 });
  });

  it('applies patches, clears keys with null, and refuses invalid values without writing', async () => {
    db = freshDb();
    await updateSettings(db, { supportEmail: 'help@brand.com', retentionDays: 90 });
    await updateSettings(db, { dmHandle: '@Help' });
    expect(await getSettings(db)).toMatchObject({ supportEmail: 'help@brand.com', dmHandle: '@Help', retentionDays: 90 });
    await updateSettings(db, { supportEmail: null });
    expect((await getSettings(db)).supportEmail).toBeUndefined();
    const error = await updateSettings(db, { retentionDays: 0 }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.problems[0].path).toBe('settings.retentionDays');
    expect((await getSettings(db)).retentionDays).toBe(90);
  });

  it('refuses a key it does not know (a typo would otherwise be silently dropped)', async () => {
    db = freshDb();
    const error = await updateSettings(db, { retentionDay: 30 } as never).catch((e) => e);
    expect(error.problems).toEqual([{ path: 'settings.retentionDay', message: 'unknown setting; did you mean retentionDays?' }]);
  });

  it('refuses a __proto__ key (a JSON patch has it as an own key) and writes nothing', async () => {
    db = freshDb();
    await updateSettings(db, { retentionDays: 90 });
    const patch = JSON.parse('{"__proto__": {"retentionDays": 1, "polluted": true}}');
    const error = await updateSettings(db, patch).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.problems).toEqual([{ path: 'settings.__proto__', message: 'unknown setting' }]);
    expect(await getSettings(db)).toMatchObject({ retentionDays: 90 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    for (const key of ['constructor', 'toString', 'hasOwnProperty']) {
      const e = await updateSettings(db, { [key]: 1 } as never).catch((x) => x);
      expect(e).toBeInstanceOf(ValidationError);
    }
  });
});

describe('findings log and reviews', () => {
  it('appends log entries with ids and lists them since a time', async () => {
    db = freshDb();
    await seed(db);
    expect(await listFindingEvents(db)).toHaveLength(3);
    expect(await listFindingEvents(db, NOW - DAY)).toHaveLength(2);
    await expect(logFindings(db, [{ ruleId: 'x', event: 'clicked' as never, platform: 'x', time: NOW }])).rejects.toThrow();
    expect(await listFindingEvents(db)).toHaveLength(3);
  });

  it('keeps reviews per draft in time order', async () => {
    db = freshDb();
    await saveReview(db, { draftKey: 'd1', decision: 'approved', time: NOW + 5 });
    const early = await saveReview(db, { draftKey: 'd1', decision: 'rejected', note: 'off-brand', time: NOW });
    await saveReview(db, { draftKey: 'd2', decision: 'approved', time: NOW });
    expect((await listReviewsByPrefix(db, 'd1')).map((r) => r.decision)).toEqual(['rejected', 'approved']);
    await deleteReview(db, early.id);
    expect(await listReviewsByPrefix(db, 'd1')).toHaveLength(1);
  });
});
