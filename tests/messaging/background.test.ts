import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sendMessage } from '@/lib/messaging/client';
import { recordPost } from '@/lib/storage/posts';
import { DAY, NOW, rawSnapshot } from '../storage/helpers';
import { startBackground } from './helpers';

let bg: ReturnType<typeof startBackground>;
beforeEach(() => {
  fakeBrowser.reset();
  bg = startBackground();
});
afterEach(async () => {
  await bg.ctx.db.delete();
});

const TEXT = 'Our spring collection is here with fresh colours for every season and every room';
const send = <M extends Parameters<typeof sendMessage>[0]>(message: M) => sendMessage(message, bg.transport);
const crossposts = (report: { findings: { category: string }[] }) => report.findings.filter((f) => f.category === 'crosspost');

describe('analyze with the warm history index', () => {
  it('reads the post being answered with the complaint model the background loads', async () => {
    const draft = {
      platform: 'x' as const,
      kind: 'reply' as const,
      text: 'Sorry about that!',
      replyTo: { text: '@shop still no refund after 3 weeks, this is ridiculous' },
    };
    const report = await send({ type: 'analyze', draft });
    expect(report.complaint?.reasons.some((r) => r.startsWith('the model weighed “'))).toBe(true);
  });

  it('sees a post recorded a moment ago, and builds the index only once', async () => {
    expect(crossposts(await send({ type: 'analyze', draft: { platform: 'linkedin', kind: 'post', text: TEXT } }))).toHaveLength(0);
    const post = await send({ type: 'record-post', post: { platform: 'x', kind: 'post', text: TEXT, time: NOW - 3_600_000 } });
    expect(post).toMatchObject({ platform: 'x', source: 'recorded', id: expect.any(String) });
    const report = await send({ type: 'analyze', draft: { platform: 'linkedin', kind: 'post', text: TEXT } });
    expect(crossposts(report).length).toBeGreaterThan(0);
    expect(bg.ctx.history.builds).toBe(1);
  });

  it('rebuilds from the database when the service worker wakes up again', async () => {
    await recordPost(bg.ctx.db, { platform: 'x', kind: 'post', text: TEXT, time: NOW - 3_600_000 });
    // A new context over the same database is what a restarted service worker gets.
    const { createBackgroundContext } = await import('@/entrypoints/background/context');
    const woken = createBackgroundContext(bg.ctx.db, () => NOW);
    const { handleAnalyze } = await import('@/entrypoints/background/handlers/analyze');
    const report = await handleAnalyze({ type: 'analyze', draft: { platform: 'linkedin', kind: 'post', text: TEXT } }, woken);
    expect(crossposts(report).length).toBeGreaterThan(0);
    expect(woken.history.builds).toBe(1);
  });

  it('just after a wake, answers at once without the history, then completely when asked to wait', async () => {
    await recordPost(bg.ctx.db, { platform: 'x', kind: 'post', text: TEXT, time: NOW - 3_600_000 });
    const { createBackgroundContext } = await import('@/entrypoints/background/context');
    const { handleAnalyze, WARMING_NOTE } = await import('@/entrypoints/background/handlers/analyze');
    const woken = createBackgroundContext(bg.ctx.db, () => NOW, { historyWaitMs: 0 });
    const draft = { platform: 'linkedin' as const, kind: 'post' as const, text: TEXT };
    const quick = await handleAnalyze({ type: 'analyze', draft }, woken);
    expect(quick).toMatchObject({ historyPending: true, notes: expect.arrayContaining([WARMING_NOTE]) });
    expect(crossposts(quick)).toHaveLength(0);
    const complete = await handleAnalyze({ type: 'analyze', draft, waitForHistory: true }, woken);
    expect(complete).not.toHaveProperty('historyPending');
    expect(complete.notes).not.toContain(WARMING_NOTE);
    expect(crossposts(complete).length).toBeGreaterThan(0);
    // Warm now: even without waiting, the complete answer.
    expect(crossposts(await handleAnalyze({ type: 'analyze', draft }, woken)).length).toBeGreaterThan(0);
    expect(woken.history.builds).toBe(1);
  });

  it("adapts a foreign handle to the contact's saved name, and takes the @ off one it does not know", async () => {
    await send({ type: 'set-contact', platform: 'x', handle: '@ann_smith', stage: 'interest', name: 'Ann Smith' });
    await send({ type: 'set-contact', platform: 'x', handle: '@bo_lee', stage: 'interest' });
    const text = 'Thanks @ann_smith and @bo_lee for a great panel on soil health this morning!';
    const report = await send({
      type: 'analyze',
      draft: { platform: 'instagram', kind: 'post', text: text.replace('@ann_smith', '@ann_smith.garden') },
    });
    expect(report.adaptation).toBeUndefined(); // ann_smith.garden is a valid Instagram handle and nobody's name here
    const linkedin = await send({ type: 'analyze', draft: { platform: 'linkedin', kind: 'post', text } });
    expect(linkedin.adaptation?.text).toBe('Thanks Ann Smith and bo_lee for a great panel on soil health this morning!');
    expect(linkedin.adaptation?.changes.join(' ')).toMatch(/@ann_smith → Ann Smith/);
    expect(linkedin.adaptation?.notes.join(' ')).toMatch(/@bo_lee/);
  });

  it('applies the saved settings (a disabled rule stays quiet)', async () => {
    await send({ type: 'record-post', post: { platform: 'x', kind: 'post', text: TEXT, time: NOW - 3_600_000 } });
    const report = await send({ type: 'analyze', draft: { platform: 'linkedin', kind: 'post', text: TEXT } });
    const ids = [...new Set(crossposts(report).map((f) => (f as unknown as { ruleId: string }).ruleId))];
    await send({ type: 'set-settings', patch: { disabledRules: ids } });
    expect(crossposts(await send({ type: 'analyze', draft: { platform: 'linkedin', kind: 'post', text: TEXT } }))).toHaveLength(0);
  });

  it('applies retention when it wakes, before the index is built', async () => {
    await recordPost(bg.ctx.db, { id: 'old', platform: 'x', kind: 'post', text: TEXT, time: NOW - 400 * DAY });
    await recordPost(bg.ctx.db, { id: 'new', platform: 'x', kind: 'post', text: 'recent', time: NOW - DAY });
    await send({ type: 'get-settings' });
    expect((await bg.ctx.db.posts.toArray()).map((p) => p.id)).toEqual(['new']);
    expect((await bg.ctx.history.get()).size).toBe(1);
  });

  it('shortening retention in settings deletes old history at once', async () => {
    await send({ type: 'record-post', post: { id: 'a', platform: 'x', kind: 'post', text: 'a', time: NOW - 60 * DAY } });
    await send({ type: 'set-settings', patch: { retentionDays: 30 } });
    expect(await bg.ctx.db.posts.count()).toBe(0);
  });
});

describe('drafts, contacts, segments, reviews, findings log and coaching by message', () => {
  it('saves, restores and deletes a draft', async () => {
    const key = 'x.com|/compose/post';
    const saved = await send({ type: 'save-draft', draft: { key, platform: 'x', kind: 'post', text: 'line 1\nline 2' } });
    expect(saved.updatedAt).toBe(NOW);
    expect(await send({ type: 'get-draft', key })).toEqual(saved);
    expect(await send({ type: 'delete-draft', key })).toEqual({ deleted: true });
    expect(await send({ type: 'get-draft', key })).toBeNull();
  });

  it('saves a draft with the earlier drafts kept beside it and answers them back', async () => {
    const key = 'x.com|/compose';
    const earlier = [{ text: 'Older', updatedAt: 1 }];
    await send({ type: 'save-draft', draft: { key, platform: 'x', kind: 'post', text: 'Newer', earlier } });
    expect(await send({ type: 'get-draft', key })).toMatchObject({ text: 'Newer', earlier });
  });

  it('keeps a contact name until it is cleared, beside the stage and note', async () => {
    await send({ type: 'set-contact', platform: 'linkedin', handle: 'ann', stage: 'interest', name: ' Ann Smith ', note: 'panel' });
    await send({ type: 'set-contact', platform: 'linkedin', handle: 'ann', stage: 'loyalty' });
    expect(await send({ type: 'get-contact', platform: 'linkedin', handle: 'ann' })).toMatchObject({
      stage: 'loyalty',
      name: 'Ann Smith',
      note: 'panel',
    });
    await send({ type: 'set-contact', platform: 'linkedin', handle: 'ann', stage: 'loyalty', name: '' });
    expect(await send({ type: 'get-contact', platform: 'linkedin', handle: 'ann' })).not.toHaveProperty('name');
  });

  it('gets and sets a contact stage', async () => {
    expect(await send({ type: 'get-contact', platform: 'x', handle: '@Kim' })).toBeNull();
    await send({ type: 'set-contact', platform: 'x', handle: '@Kim', stage: 'conversion', note: 'trial user' });
    expect(await send({ type: 'get-contact', platform: 'x', handle: 'kim' })).toMatchObject({ stage: 'conversion', note: 'trial user' });
  });

  it('keeps segments and reviews, logs findings and counts them in the coaching', async () => {
    const seg = await send({ type: 'save-segment', segment: { name: 'Prospects', stage: 'consideration', platforms: ['linkedin'] } });
    expect(await send({ type: 'list-segments' })).toEqual([seg]);
    expect(await send({ type: 'delete-segment', id: seg.id })).toEqual({ deleted: true });
    await send({ type: 'save-review', review: { draftKey: 'd', decision: 'approved', time: NOW } });
    expect(await send({ type: 'list-review-batch', prefix: 'd' })).toHaveLength(1);
    expect(
      await send({
        type: 'log-findings',
        events: [
          { ruleId: 'cta/stage-jump', category: 'cta-stage', event: 'shown', platform: 'x', time: NOW },
          { ruleId: 'cta/stage-jump', category: 'cta-stage', event: 'dismissed', platform: 'x', time: NOW },
        ],
      }),
    ).toEqual({ logged: 2 });
    await send({
      type: 'record-post',
      post: { platform: 'instagram', kind: 'post', text: 'Buy now, 20% off', time: NOW, promotional: true },
    });
    await send({ type: 'record-post', post: { platform: 'x', kind: 'post', text: 'Good morning', time: NOW - 10 * DAY } });
    const coaching = await send({ type: 'get-coaching' });
    expect(coaching.totals.posts).toBe(2);
    expect(coaching.thisWeek).toMatchObject({ posts: 1, findings: { shown: 1, fixed: 0, dismissed: 1 } });
    expect(coaching.thisWeek.byCategory['cta-stage']).toEqual({ shown: 1, fixed: 0, dismissed: 1 });
    expect(coaching.lastWeek.posts).toBe(1);
    expect(coaching.platforms.find((p) => p.platform === 'instagram')).toMatchObject({ recent: 1, promotional: 1, share: 1 });
  });
});

describe('export, import, CSV import and wipe by message', () => {
  it('round-trips through export → wipe → import and keeps the index in step', async () => {
    await send({ type: 'record-post', post: { platform: 'x', kind: 'post', text: TEXT, time: NOW - 3_600_000 } });
    await send({ type: 'set-contact', platform: 'facebook', handle: 'sam', stage: 'loyalty' });
    await send({ type: 'set-settings', patch: { supportEmail: 'help@brand.com' } });
    const before = await rawSnapshot(bg.ctx.db);
    const file = await send({ type: 'export' });

    expect(await send({ type: 'wipe', confirm: true })).toEqual({ wiped: true });
    expect(await bg.ctx.db.posts.count()).toBe(0);
    expect(crossposts(await send({ type: 'analyze', draft: { platform: 'linkedin', kind: 'post', text: TEXT } }))).toHaveLength(0);

    const summary = await send({ type: 'import', file: JSON.stringify(file) });
    expect(summary.counts.posts).toBe(1);
    expect(await rawSnapshot(bg.ctx.db)).toBe(before);
    expect(crossposts(await send({ type: 'analyze', draft: { platform: 'linkedin', kind: 'post', text: TEXT } })).length).toBeGreaterThan(
      0,
    );
  });

  it('answers a broken import file with where it is broken, and changes nothing', async () => {
    await send({ type: 'record-post', post: { platform: 'x', kind: 'post', text: 'keep me', time: NOW } });
    const file = await send({ type: 'export' });
    const before = await rawSnapshot(bg.ctx.db);
    const broken = structuredClone(file) as unknown as { tables: { posts: { kind: string }[] } };
    broken.tables.posts[0]!.kind = 'story';
    const res = await bg.send({ type: 'import', file: broken });
    expect(res).toMatchObject({
      ok: false,
      code: 'invalid',
      problems: [{ path: 'tables.posts[0].kind', message: 'expected one of post, reply, comment' }],
    });
    expect(await rawSnapshot(bg.ctx.db)).toBe(before);
  });

  it('seeds the history from a CSV and reports bad lines', async () => {
    await send({ type: 'analyze', draft: { platform: 'x', kind: 'post', text: 'warm the index' } });
    const res = await send({ type: 'import-csv', csv: `platform,text,date\nx,"${TEXT}",2026-03-02\nmyspace,hi,2026-03-01\n` });
    expect(res).toEqual({ imported: 1, errors: [{ line: 3, message: 'platform: expected one of x, facebook, linkedin, instagram' }] });
    expect(crossposts(await send({ type: 'analyze', draft: { platform: 'linkedin', kind: 'post', text: TEXT } })).length).toBeGreaterThan(
      0,
    );
    expect(bg.ctx.history.builds).toBe(1);
  });
});
