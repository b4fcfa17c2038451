// @vitest-environment happy-dom
/**
 * Typing while a restore offer stands: what is typed is saved and the offered draft survives
 * beside it (`earlier`), across closed tabs; either can be restored, Discard drops both.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_EARLIER_DRAFTS } from '@/lib/content/autosave';
import { BackgroundError } from '@/lib/messaging/messenger';
import { AUTOSAVE_MS, ComposerSession, resetSessionMemory, UNSAVED_RETRY_MS } from '@/lib/content/session';
import { DraftRowSchema, MAX_EARLIER_DRAFTS as SCHEMA_MAX } from '@/lib/contract/schemas';
import { deps, fakeAdapter, fakeBackground, flush, manualClock } from './helpers';

const KEY = 'x:post:1';
const OLD = { key: KEY, platform: 'x', kind: 'post', text: 'Yesterday’s\ndraft', updatedAt: 5 };

type Row = { key: string; text: string; updatedAt: number; earlier?: Array<{ text: string; updatedAt: number }> };

/** The background's draft table, shared by every "tab" of a test. */
function draftTable(initial?: Row) {
  const rows = new Map<string, Row>(initial ? [[initial.key, initial]] : []);
  let down = false;
  const handlers = {
    'get-draft': (m: Record<string, unknown>) => rows.get(m.key as string) ?? null,
    'save-draft': (m: Record<string, unknown>) => {
      if (down) throw new BackgroundError('no database', 'storage-unavailable');
      const row = DraftRowSchema.parse({ updatedAt: 0, ...(m.draft as object) });
      rows.set(row.key, row as Row);
      return row;
    },
    'delete-draft': (m: Record<string, unknown>) => ({ deleted: rows.delete(m.key as string) }),
  };
  return { rows, handlers, row: () => rows.get(KEY), setDown: (d: boolean) => (down = d) };
}

/** A new tab with the composer, empty unless text is given, on the shared table. */
async function openTab(table: ReturnType<typeof draftTable>, text = '') {
  const site = fakeAdapter('x');
  const el = document.createElement('div');
  document.body.append(el);
  site.setText(el, text);
  const bg = fakeBackground(table.handlers);
  const clock = manualClock();
  const session = new ComposerSession(site.adapter, { editor: el, kind: 'post', key: KEY }, deps(bg, clock));
  await session.start();
  const type = async (t: string) => {
    site.setText(el, t);
    session.changed();
    await clock.advance(AUTOSAVE_MS + 10);
  };
  return { site, el, bg, clock, session, type };
}

beforeEach(() => resetSessionMemory());
afterEach(() => {
  document.body.innerHTML = '';
});

describe('typing while a restore offer stands', () => {
  it('saves what is typed, with the offered draft kept beside it', async () => {
    const table = draftTable(OLD);
    const t = await openTab(table);
    expect(t.session.store.get().restore).toEqual({ text: OLD.text, updatedAt: 5 });
    await t.type('New words');
    expect(table.row()).toMatchObject({ text: 'New words', earlier: [{ text: OLD.text, updatedAt: 5 }] });
    expect(t.bg.of('delete-draft')).toHaveLength(0);
    // The offer still stands (the composer is not empty, but the old draft is still restorable).
    expect(t.session.store.get().restore?.text).toBe(OLD.text);
  });

  it('loses neither when the tab is closed: the next tab offers the newest and the earlier one', async () => {
    const table = draftTable(OLD);
    const t = await openTab(table);
    await t.type('New words');
    const typedAt = t.clock.now();
    t.session.destroy();
    const again = await openTab(table);
    expect(again.session.store.get().restore).toEqual({
      text: 'New words',
      updatedAt: expect.any(Number),
      earlier: [{ text: OLD.text, updatedAt: 5 }],
    });
    expect(again.session.store.get().restore!.updatedAt).toBeLessThanOrEqual(typedAt);
  });

  it('restores the latest or the earlier draft through the adapter; the row then holds that one', async () => {
    for (const [index, text] of [
      [0, 'New words'],
      [1, OLD.text],
    ] as const) {
      resetSessionMemory();
      const table = draftTable(OLD);
      const first = await openTab(table);
      await first.type('New words');
      first.session.destroy();
      const t = await openTab(table);
      expect(await t.session.restoreDraft(index)).toBe(true);
      expect(t.site.calls).toEqual([[0, 0, text]]);
      expect(t.site.text(t.el)).toBe(text);
      expect(t.session.store.get().restore).toBeUndefined();
      await t.clock.advance(AUTOSAVE_MS);
      expect(table.row()).toMatchObject({ text });
      expect(table.row()?.earlier).toBeUndefined();
    }
  });

  it('Discard removes both; what the composer holds then stays as its only draft', async () => {
    const table = draftTable(OLD);
    const t = await openTab(table);
    await t.type('New words');
    t.session.destroy();
    const empty = await openTab(table);
    await empty.session.discardDraft();
    expect(table.row()).toBeUndefined();
    expect(empty.session.store.get().restore).toBeUndefined();

    const typed = draftTable(OLD);
    const u = await openTab(typed);
    await u.type('Keep me');
    await u.session.discardDraft();
    expect(typed.row()).toMatchObject({ text: 'Keep me' });
    expect(typed.row()?.earlier).toBeUndefined();
  });

  it('erasing what was typed puts the offered draft back as it was', async () => {
    const table = draftTable(OLD);
    const t = await openTab(table);
    await t.type('x');
    await t.type('');
    expect(table.row()).toMatchObject({ text: OLD.text, updatedAt: 5 });
    expect(table.row()?.earlier).toBeUndefined();
  });

  it('keeps the offered draft when something else is posted meanwhile', async () => {
    const table = draftTable(OLD);
    const t = await openTab(table);
    await t.type('A quick post');
    t.site.submit(t.el);
    await flush();
    expect(t.bg.of('record-post')[0]).toMatchObject({ post: { text: 'A quick post' } });
    expect(table.row()).toMatchObject({ text: OLD.text, updatedAt: 5 });
    expect(t.session.store.get().restore?.text).toBe(OLD.text);
  });

  it('puts the offer back when the site’s editor refuses the restore', async () => {
    const table = draftTable(OLD);
    const t = await openTab(table);
    t.site.adapter.replaceOk = false;
    expect(await t.session.restoreDraft()).toBe(false);
    expect(t.session.store.get().restore?.text).toBe(OLD.text);
    expect(t.session.store.get().notice).toMatch(/still saved/);
    expect(table.row()).toMatchObject({ text: OLD.text });
  });

  it(`keeps at most ${MAX_EARLIER_DRAFTS} earlier drafts, newest first (the schema allows as many)`, async () => {
    expect(MAX_EARLIER_DRAFTS).toBe(SCHEMA_MAX);
    const table = draftTable(OLD);
    for (let i = 1; i <= MAX_EARLIER_DRAFTS + 2; i++) {
      const t = await openTab(table);
      await t.type(`Draft ${i}`);
      t.session.destroy();
    }
    const row = table.row()!;
    expect(row.text).toBe(`Draft ${MAX_EARLIER_DRAFTS + 2}`);
    expect(row.earlier!.map((e) => e.text)).toEqual(
      Array.from({ length: MAX_EARLIER_DRAFTS }, (_, i) => `Draft ${MAX_EARLIER_DRAFTS + 1 - i}`),
    );
  });

  it('keeps both in the page’s memory while the storage refuses, and saves both once it is back', async () => {
    const table = draftTable(OLD);
    const t = await openTab(table);
    table.setDown(true);
    await t.type('New words');
    expect(t.session.store.get().unsaved).toBe(true);
    expect(table.row()).toMatchObject({ text: OLD.text });
    table.setDown(false);
    await t.clock.advance(UNSAVED_RETRY_MS);
    expect(table.row()).toMatchObject({ text: 'New words', earlier: [{ text: OLD.text, updatedAt: 5 }] });
    expect(t.session.store.get().unsaved).toBeFalsy();
  });
});
