import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sendMessage } from '@/lib/messaging/client';
import { logFindings } from '@/lib/storage/findings-log';
import { pickTips } from '@/lib/coaching/coaching';
import { recordPost } from '@/lib/storage/posts';
import { saveReview } from '@/lib/storage/reviews';
import { getSettings, updateSettings } from '@/lib/storage/settings';
import type { FindingLogRow } from '@/lib/contract/schemas';
import { DAY, NOW } from '../storage/helpers';
import { senders, startBackground } from './helpers';

let bg: ReturnType<typeof startBackground>;
beforeEach(() => {
  fakeBrowser.reset();
  bg = startBackground();
});
afterEach(async () => {
  await bg.ctx.db.delete();
});

const send = <M extends Parameters<typeof sendMessage>[0]>(message: M) => sendMessage(message, bg.transport);

describe('get-coaching', () => {
  it('is empty for a new user', async () => {
    const c = await send({ type: 'get-coaching' });
    expect(c.totals).toEqual({ posts: 0, findings: 0 });
    expect(c.platforms).toEqual([]);
    expect(c.tips).toEqual([]);
    expect(c.complaints).toMatchObject({ replies: 0, movedPrivate: 0, publicOnlyCount: 0, unanswered: 0 });
    expect(c.thisWeek.to - c.thisWeek.from).toBe(7 * DAY + 1);
    expect(c.lastWeek.to).toBe(c.thisWeek.from);
  });

  it('splits this week from last week and counts findings per category and event', async () => {
    await recordPost(bg.ctx.db, { platform: 'x', kind: 'post', text: 'Hello there', time: NOW - DAY });
    await recordPost(bg.ctx.db, { platform: 'x', kind: 'reply', text: 'Thanks!', time: NOW - 8 * DAY });
    await recordPost(bg.ctx.db, { platform: 'x', kind: 'post', text: 'Old news', time: NOW - 20 * DAY });
    await logFindings(bg.ctx.db, [
      { ruleId: 'norms/length', category: 'platform-norms', event: 'shown', platform: 'x', time: NOW - DAY },
      { ruleId: 'norms/length', category: 'platform-norms', event: 'fixed', platform: 'x', time: NOW - DAY },
      { ruleId: 'cta/stage-jump', event: 'shown', platform: 'x', time: NOW - 10 * DAY },
    ]);
    const c = await send({ type: 'get-coaching' });
    expect(c.thisWeek).toMatchObject({ posts: 1, replies: 0, findings: { shown: 1, fixed: 1, dismissed: 0 } });
    expect(c.thisWeek.byCategory['platform-norms']).toEqual({ shown: 1, fixed: 1, dismissed: 0 });
    expect(c.lastWeek).toMatchObject({ posts: 0, replies: 1, findings: { shown: 1, fixed: 0, dismissed: 0 } });
    expect(c.lastWeek.byCategory['cta-stage'].shown).toBe(1);
    expect(c.totals).toEqual({ posts: 3, findings: 3 });
  });

  it('gauges the promotional share over the last 20 posts per platform and counts the CTA stages asked for', async () => {
    for (let i = 0; i < 25; i++) {
      // The oldest 5 are promotional and fall outside the last 20.
      const promo = i < 5 || i >= 21;
      await recordPost(bg.ctx.db, {
        platform: 'instagram',
        kind: 'post',
        text: promo ? `Buy now with code SAVE${i}!` : `Behind the scenes, day ${i}. Tell us in the comments what we should bake next.`,
        time: NOW - (25 - i) * 3_600_000,
      });
    }
    await recordPost(bg.ctx.db, { platform: 'instagram', kind: 'comment', text: 'Buy now!', time: NOW });
    await recordPost(bg.ctx.db, { platform: 'linkedin', kind: 'post', text: 'Thoughts?', time: NOW, ctaStage: 'advocacy' });
    const c = await send({ type: 'get-coaching' });
    const ig = c.platforms.find((p) => p.platform === 'instagram')!;
    expect(ig).toMatchObject({ recent: 20, promotional: 4, share: 0.2 });
    expect(ig.ctaStages.conversion).toBe(4);
    expect(ig.conversation).toBe(16);
    expect(c.platforms.find((p) => p.platform === 'linkedin')!.ctaStages.advocacy).toBe(1);
    expect(c.platforms.map((p) => p.platform)).toEqual(['linkedin', 'instagram']);
    expect(c.promoShare).toBe(0.2);
  });

  it('measures complaint replies: private channel, public only, wait times, and complaints with only a draft', async () => {
    const complaint = { text: 'My order never arrived and nobody answers. Unacceptable!' };
    await recordPost(bg.ctx.db, {
      platform: 'x',
      kind: 'reply',
      text: 'Sorry! Please DM us.',
      replyTo: complaint,
      replyToTime: NOW - 3 * 3_600_000,
      time: NOW - 3_600_000,
    });
    await recordPost(bg.ctx.db, {
      platform: 'x',
      kind: 'reply',
      text: 'It shipped.',
      replyTo: complaint,
      replyToTime: NOW - 10 * 3_600_000,
      time: NOW - 4 * 3_600_000,
    });
    await recordPost(bg.ctx.db, { platform: 'x', kind: 'reply', text: 'Check our FAQ.', replyTo: complaint, time: NOW - 5 * 3_600_000 });
    await recordPost(bg.ctx.db, {
      platform: 'x',
      kind: 'reply',
      text: 'Thank you!',
      replyTo: { text: 'Love the new flavour!' },
      time: NOW - 3_600_000,
    });
    await send({ type: 'save-draft', draft: { key: 'k1', platform: 'x', kind: 'reply', text: 'Hmm', replyTo: complaint } });
    const c = (await send({ type: 'get-coaching' })).complaints;
    expect(c).toMatchObject({ replies: 3, movedPrivate: 1, publicOnlyCount: 2, unanswered: 1 });
    expect(c.publicOnly.map((r) => r.text)).toEqual(['It shipped.', 'Check our FAQ.']);
    expect(c.publicOnly[0]!.waitedMs).toBe(6 * 3_600_000);
    expect(c.publicOnly[1]!.waitedMs).toBeNull();
    expect(c.waits).toEqual({ measured: 2, medianMs: 4 * 3_600_000, longestMs: 6 * 3_600_000 });
  });

  it('is only answered to extension pages', async () => {
    const answer = await bg.send({ type: 'get-coaching' }, senders.contentScript());
    expect(answer).toMatchObject({ ok: false, code: 'forbidden' });
  });
});

describe('pickTips', () => {
  const e = (ruleId: string, event: FindingLogRow['event'], n = 1) =>
    Array.from({ length: n }, (_, i) => ({ id: i + 1, ruleId, event, platform: 'x', time: NOW }) as FindingLogRow);

  it('ranks by what keeps coming back, one category at a time, at most three', () => {
    const tips = pickTips([
      ...e('norms/hashtags', 'shown', 5),
      ...e('norms/length', 'shown', 4),
      ...e('promo/ratio', 'shown', 2),
      ...e('promo/ratio', 'dismissed', 1),
      ...e('complaint/take-offline', 'shown', 1),
    ]);
    expect(tips.map((t) => t.ruleId)).toEqual(['norms/hashtags', 'promo/ratio', 'complaint/take-offline']);
    expect(tips[0]).toMatchObject({
      category: 'platform-norms',
      shown: 5,
      title: expect.any(String),
      reasoning: expect.any(String),
      source: expect.stringMatching(/Essay/),
    });
  });

  it('fills up with the same category when only one came up, and drops what was always fixed', () => {
    const tips = pickTips([...e('norms/hashtags', 'shown', 3), ...e('norms/length', 'shown', 2), ...e('norms/markdown', 'fixed', 2)]);
    expect(tips.map((t) => t.ruleId)).toEqual(['norms/hashtags', 'norms/length']);
  });

  it('has a tip for every rule in the registry', async () => {
    const { rules } = await import('@/lib/analysis/rules/index');
    const { RULE_TIPS } = await import('@/lib/coaching/tips');
    expect(rules.map((r) => r.meta.id).filter((id) => !RULE_TIPS[id])).toEqual([]);
  });
});

describe('contacts and review batches for pages', () => {
  it('lists contacts newest first and deletes one', async () => {
    await send({ type: 'set-contact', platform: 'x', handle: '@Ann', stage: 'interest' });
    bg.ctx.now = () => NOW + 1000;
    await send({ type: 'set-contact', platform: 'linkedin', handle: 'Bo', stage: 'loyalty' });
    expect((await send({ type: 'list-contacts' })).map((c) => c.handle)).toEqual(['bo', 'ann']);
    expect(await send({ type: 'delete-contact', platform: 'x', handle: 'ANN' })).toEqual({ deleted: true });
    expect(await send({ type: 'delete-contact', platform: 'x', handle: 'ann' })).toEqual({ deleted: false });
    expect(await send({ type: 'list-contacts' })).toHaveLength(1);
  });

  it('lists the reviews of a batch by draft-key prefix', async () => {
    await saveReview(bg.ctx.db, { draftKey: 'review:aa', decision: 'approved', time: NOW });
    await saveReview(bg.ctx.db, { draftKey: 'review:bb', decision: 'changes-requested', note: 'shorter', time: NOW - 1 });
    await saveReview(bg.ctx.db, { draftKey: 'x.com|/compose', decision: 'approved', time: NOW });
    const rows = await send({ type: 'list-review-batch', prefix: 'review:' });
    expect(rows.map((r) => r.draftKey)).toEqual(['review:bb', 'review:aa']);
  });
});

describe('the stage playbook in settings', () => {
  it('mirrors the playbook CTAs into stageCtas, and stageCtas alone into the playbook', async () => {
    await send({
      type: 'set-settings',
      patch: { playbook: { interest: { goal: 'Grow the list', cta: '  Get the letter ' }, loyalty: { goal: 'Reviews' } } },
    });
    let s = await getSettings(bg.ctx.db);
    expect(s.playbook.interest).toEqual({ goal: 'Grow the list', cta: 'Get the letter' });
    expect(s.stageCtas).toEqual({ interest: 'Get the letter' });

    await updateSettings(bg.ctx.db, { stageCtas: { interest: 'Join 10k bakers', advocacy: 'Tell a friend' } });
    s = await getSettings(bg.ctx.db);
    expect(s.playbook).toEqual({
      interest: { goal: 'Grow the list', cta: 'Join 10k bakers' },
      loyalty: { goal: 'Reviews' },
      advocacy: { cta: 'Tell a friend' },
    });

    await send({ type: 'set-settings', patch: { playbook: null } });
    s = await getSettings(bg.ctx.db);
    expect(s.playbook).toEqual({});
    expect(s.stageCtas).toEqual({});
  });

  it('rejects a brief field that is too long with its path', async () => {
    const error = await send({ type: 'set-settings', patch: { playbook: { awareness: { cta: 'x'.repeat(201) } } } }).catch((e) => e);
    expect(error.code).toBe('invalid');
    expect(error.problems.map((p: { path: string }) => p.path)).toContain('settings.playbook.awareness.cta');
  });

  it('keeps a reply’s complaint time on the recorded post and in the export', async () => {
    await send({
      type: 'record-post',
      post: { platform: 'x', kind: 'reply', text: 'DM us', replyTo: { text: 'broken' }, replyToTime: NOW - 1000, time: NOW },
    });
    const file = await send({ type: 'export' });
    expect(file.tables.posts[0]).toMatchObject({ replyToTime: NOW - 1000 });
  });
});
