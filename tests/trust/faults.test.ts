/**
 * Faults below the UI: the browser refusing the database (quota, open errors) and the service
 * worker stopped while a request is on its way. Nothing is lost and every answer says what
 * happened.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { NO_STORAGE_NOTE } from '@/entrypoints/background/handlers/analyze';
import {
  BackgroundError,
  ContextInvalidated,
  createMessenger,
  isInvalidation,
  isTransient,
  RETRY_DELAYS_MS,
} from '@/lib/messaging/messenger';
import { AUTOSAVE_MS, ComposerSession, resetSessionMemory, UNSAVED_RETRY_MS } from '@/lib/content/session';
import { isStorageFailure } from '@/lib/contract/errors';
import { deps, fakeAdapter, fakeBackground, flush, manualClock } from '../content/helpers';
import { senders, startBackground } from '../messaging/helpers';

beforeEach(() => {
  fakeBrowser.reset();
  resetSessionMemory();
});

describe('IndexedDB refused (quota, open errors): the background says so', () => {
  let bg: ReturnType<typeof startBackground>;
  beforeEach(() => {
    bg = startBackground();
  });
  afterEach(async () => {
    await Dexie.delete(bg.ctx.db.name);
  });

  it('tells storage failures from bugs and bad data', () => {
    /** Dexie's errors carry the failure in `name` and the browser's DOMException in `inner`. */
    const dexie = (name: string, inner?: unknown) => Object.assign(new Error(name), { name, inner });
    expect(isStorageFailure(new DOMException('Quota exceeded', 'QuotaExceededError'))).toBe(true);
    expect(isStorageFailure(dexie('OpenFailedError'))).toBe(true);
    expect(isStorageFailure(dexie('DatabaseClosedError'))).toBe(true);
    expect(isStorageFailure(dexie('AbortError', new DOMException('q', 'QuotaExceededError')))).toBe(true);
    expect(isStorageFailure(new TypeError('x is undefined'))).toBe(false);
    expect(isStorageFailure(dexie('ConstraintError'))).toBe(false);
  });

  it('a closed database: writes answer storage-unavailable, analyze still checks the draft without history', async () => {
    bg.ctx.db.close({ disableAutoOpen: true });
    const saved = await bg.send(
      { type: 'save-draft', draft: { key: 'x:post:1', platform: 'x', kind: 'post', text: 'Hello' } },
      senders.contentScript(),
    );
    expect(saved).toMatchObject({ ok: false, code: 'storage-unavailable' });
    if (!saved.ok) expect(saved.error).toMatch(/local database/);
    const coaching = await bg.send({ type: 'get-coaching' }, senders.popup());
    expect(coaching).toMatchObject({ ok: false, code: 'storage-unavailable' });
    const report = await bg.send(
      { type: 'analyze', draft: { platform: 'x', kind: 'post', text: 'Buy now! Buy now! Click here.' } },
      senders.contentScript(),
    );
    expect(report).toMatchObject({ ok: true });
    if (report.ok) expect((report.data as { notes: string[] }).notes).toContain(NO_STORAGE_NOTE);
  });

  it('a quota error on write changes nothing already stored', async () => {
    await bg.send({ type: 'save-draft', draft: { key: 'x:post:1', platform: 'x', kind: 'post', text: 'First' } }, senders.contentScript());
    const put = vi.spyOn(bg.ctx.db.drafts, 'put').mockRejectedValue(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const res = await bg.send(
      { type: 'save-draft', draft: { key: 'x:post:1', platform: 'x', kind: 'post', text: 'Second' } },
      senders.contentScript(),
    );
    expect(res).toMatchObject({ ok: false, code: 'storage-unavailable' });
    put.mockRestore();
    expect((await bg.ctx.db.drafts.get('x:post:1'))?.text).toBe('First');
  });
});

describe('the composer keeps a draft the storage refused', () => {
  function setup(key = 'x:post:1') {
    let down = true;
    const bg = fakeBackground({
      'save-draft': (m) => {
        if (down) throw new BackgroundError('no database', 'storage-unavailable');
        return m.draft;
      },
      'get-draft': () => {
        if (down) throw new BackgroundError('no database', 'storage-unavailable');
        return null;
      },
    });
    const site = fakeAdapter('x');
    const clock = manualClock();
    // The fake adapter keeps the text per editor; no DOM needed (storage refuses web origins).
    const el = {} as HTMLElement;
    const session = new ComposerSession(site.adapter, { editor: el, kind: 'post', key }, deps(bg, clock));
    return { bg, site, clock, el, session, up: () => (down = false) };
  }

  it('keeps it in memory, says so calmly, offers it to the composer when it comes back, saves it once storage works', async () => {
    const t = setup();
    await t.session.start();
    t.site.setText(t.el, 'Half a reply to a customer');
    t.session.changed();
    await t.clock.advance(AUTOSAVE_MS);
    expect(t.session.store.get()).toMatchObject({ unsaved: true });
    expect(t.session.store.get().status).not.toBe('invalidated');

    // The site re-renders the composer empty (single-page navigation): the draft is offered back.
    t.session.destroy();
    const again = setup();
    await again.session.start();
    expect(again.session.store.get().restore?.text).toBe('Half a reply to a customer');
    // A composer of another key never sees it.
    const other = setup('x:reply:/jane/status/1');
    await other.session.start();
    expect(other.session.store.get().restore).toBeUndefined();

    // Storage is back: the kept copy is saved by the retry, without any typing.
    again.up();
    await again.clock.advance(UNSAVED_RETRY_MS);
    await flush();
    expect(again.bg.of('save-draft').at(-1)).toMatchObject({ draft: { key: 'x:post:1', text: 'Half a reply to a customer' } });
    expect(again.session.store.get().unsaved).toBeFalsy();
  });

  it('retries on a growing interval while storage stays down, and stops when the composer goes', async () => {
    const t = setup();
    await t.session.start();
    t.site.setText(t.el, 'Draft');
    t.session.changed();
    await t.clock.advance(AUTOSAVE_MS);
    await t.clock.advance(UNSAVED_RETRY_MS);
    await t.clock.advance(UNSAVED_RETRY_MS * 2);
    expect(t.bg.of('save-draft')).toHaveLength(3);
    t.session.destroy();
    expect(t.clock.pending()).toBe(0);
  });
});

describe('the service worker stopped while a request is on its way', () => {
  const stopped = () => new Error('Could not establish connection. Receiving end does not exist.');
  const sleep = () => Promise.resolve();

  it('is not mistaken for a reloaded extension', () => {
    expect(isInvalidation(stopped())).toBe(false);
    expect(isTransient(stopped())).toBe(true);
    expect(
      isTransient(
        new Error(
          'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received',
        ),
      ),
    ).toBe(true);
    expect(isInvalidation(new Error('Extension context invalidated.'))).toBe(true);
  });

  it('asks again and gets the answer from the woken worker', async () => {
    let calls = 0;
    const { send } = createMessenger(
      () => ({ id: 'ext', sendMessage: async () => (++calls < 3 ? Promise.reject(stopped()) : { ok: true, data: null }) }),
      sleep,
    );
    await expect(send({ type: 'get-draft', key: 'x:post:1' })).resolves.toBeNull();
    expect(calls).toBe(3);
  });

  it('gives up after a few tries with a BackgroundError (the badge pauses, it does not break)', async () => {
    let calls = 0;
    const { send } = createMessenger(() => ({ id: 'ext', sendMessage: async () => (calls++, Promise.reject(stopped())) }), sleep);
    await expect(send({ type: 'analyze', draft: { platform: 'x', kind: 'post', text: 'hi' } })).rejects.toBeInstanceOf(BackgroundError);
    expect(calls).toBe(RETRY_DELAYS_MS.length + 1);
  });

  it('never retries once the extension context is gone', async () => {
    let id: string | undefined = 'ext';
    let calls = 0;
    const runtime = {
      get id() {
        return id;
      },
      sendMessage: async () => {
        calls++;
        id = undefined;
        throw stopped();
      },
    };
    const { send } = createMessenger(() => runtime, sleep);
    await expect(send({ type: 'get-settings' })).rejects.toBeInstanceOf(ContextInvalidated);
    expect(calls).toBe(1);
  });

  it('a post sent twice after a restart is recorded once: record-post carries its own id', async () => {
    const bg = fakeBackground();
    const site = fakeAdapter('x');
    const clock = manualClock();
    const el = {} as HTMLElement;
    const session = new ComposerSession(site.adapter, { editor: el, kind: 'post', key: 'x:post:1' }, deps(bg, clock));
    await session.start();
    site.setText(el, 'Sent');
    site.submit(el);
    await flush();
    expect(bg.of('record-post')[0]).toMatchObject({ post: { id: expect.stringMatching(/^[0-9a-f-]{36}$/), text: 'Sent' } });
  });
});
