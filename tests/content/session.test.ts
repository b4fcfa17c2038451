// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ComposerSession, DEBOUNCE_MS, resetSessionMemory, sortedForApplying } from '@/lib/content/session';
import { ContextInvalidated } from '@/lib/messaging/messenger';
import { TRUST_EVERYTHING } from '@/lib/content/trust';
import { withInferred } from '@/lib/content/stage';
import { deps, fakeAdapter, fakeBackground, finding, flush, manualClock, report } from './helpers';

function editor(kind = 'post', key = 'x:post:tweetTextarea_0'): HTMLElement {
  const el = document.createElement('div');
  el.dataset.editor = '';
  el.dataset.kind = kind;
  el.dataset.key = key;
  document.body.append(el);
  return el;
}

function setup(
  opts: {
    kind?: 'post' | 'reply' | 'comment';
    handlers?: Parameters<typeof fakeBackground>[0];
    replyTo?: { text: string; author?: string };
    trusted?: boolean;
  } = {},
) {
  const kind = opts.kind ?? 'post';
  const site = fakeAdapter('x', opts.replyTo ? { replyTo: opts.replyTo } : {});
  const el = editor(kind, `x:${kind}:1`);
  const bg = fakeBackground(opts.handlers);
  const clock = manualClock();
  const d = deps(bg, clock, opts.trusted === false ? { trust: { ...TRUST_EVERYTHING, inTrustedEvent: () => false } } : {});
  const session = new ComposerSession(site.adapter, { editor: el, kind, key: `x:${kind}:1` }, d);
  const type = async (text: string) => {
    site.setText(el, text);
    session.changed();
  };
  return { site, el, bg, clock, d, session, type };
}

beforeEach(() => resetSessionMemory());
afterEach(() => {
  document.body.innerHTML = '';
});

describe('analysis while typing', () => {
  it('checks once after a pause in typing, not on every keystroke', async () => {
    const t = setup();
    await t.session.start();
    for (const text of ['B', 'Bu', 'Buy', 'Buy now']) {
      await t.type(text);
      await t.clock.advance(100);
    }
    expect(t.bg.of('analyze')).toHaveLength(0);
    await t.clock.advance(DEBOUNCE_MS);
    expect(t.bg.of('analyze')).toHaveLength(1);
    expect(t.bg.of('analyze')[0]).toMatchObject({ draft: { platform: 'x', kind: 'post', text: 'Buy now' } });
  });

  it('just after the background woke: shows the quick answer, then asks for and shows the complete one', async () => {
    const quick = { ...report([]), notes: ['Your post history is still loading'], historyPending: true };
    const complete = report([finding({ ruleId: 'crosspost/near-duplicate', category: 'crosspost', severity: 'warn' })]);
    const t = setup({ handlers: { analyze: (m) => (m.waitForHistory ? complete : quick) } });
    await t.session.start();
    await t.type('Buy now');
    await t.clock.advance(DEBOUNCE_MS);
    await flush();
    expect(t.bg.of('analyze').map((m) => m.waitForHistory)).toEqual([undefined, true]);
    expect(t.session.store.get().report).toEqual(complete);
    expect(t.session.store.get().findings.map((f) => f.ruleId)).toEqual(['crosspost/near-duplicate']);
  });

  it('does not ask again when the editor re-rendered without a change of text', async () => {
    const t = setup();
    await t.session.start();
    await t.type('Hello');
    await t.clock.advance(DEBOUNCE_MS);
    t.session.changed();
    await t.clock.advance(DEBOUNCE_MS);
    expect(t.bg.of('analyze')).toHaveLength(1);
  });

  it('shows the newest answer only when an older one arrives late', async () => {
    let release: (() => void) | undefined;
    const slow = finding({ message: 'old' });
    const t = setup({
      handlers: {
        analyze: (m) =>
          (m.draft as { text: string }).text === 'first'
            ? new Promise((resolve) => (release = () => resolve(report([slow]))))
            : report([finding({ message: 'new' })]),
      },
    });
    await t.session.start();
    await t.type('first');
    await t.clock.advance(DEBOUNCE_MS);
    await t.type('second');
    await t.clock.advance(DEBOUNCE_MS);
    release?.();
    await flush();
    expect(t.session.store.get().findings.map((f) => f.message)).toEqual(['new']);
    expect(t.session.store.get().text).toBe('second');
  });

  it('sends the reply context of a reply, and lists the worst findings first', async () => {
    const t = setup({
      kind: 'reply',
      replyTo: { text: 'My order never arrived', author: '@jane' },
      handlers: {
        analyze: () =>
          report([finding({ severity: 'info' }), finding({ ruleId: 'complaint/take-offline', severity: 'fix', messageId: 'x' })]),
      },
    });
    await t.session.start();
    await t.type('Sorry!');
    await t.clock.advance(DEBOUNCE_MS);
    expect(t.bg.of('analyze')[0]).toMatchObject({ draft: { replyTo: { text: 'My order never arrived', author: '@jane' } } });
    expect(t.session.store.get().findings.map((f) => f.severity)).toEqual(['fix', 'info']);
  });
});

describe('one-click fixes', () => {
  const fix = {
    label: 'Fix both',
    edits: [
      { start: 0, end: 3, text: 'Get' },
      { start: 8, end: 12, text: 'guide' },
    ],
  };

  it('applies the edits from the last to the first through the adapter, logs "fixed" and checks again', async () => {
    const f = finding({ fix });
    const t = setup({ handlers: { analyze: (m) => report((m.draft as { text: string }).text === 'Buy our beans' ? [f] : []) } });
    await t.session.start();
    await t.type('Buy our beans');
    await t.clock.advance(DEBOUNCE_MS);
    expect(await t.session.applyFix(f)).toBe(true);
    expect(t.site.calls).toEqual([
      [8, 12, 'guide'],
      [0, 3, 'Get'],
    ]);
    expect(t.site.text(t.el)).toBe('Get our guides');
    expect(t.bg.of('log-findings').map((m) => (m.events as Array<{ event: string }>)[0]!.event)).toEqual(['shown', 'fixed']);
    expect(t.session.store.get().findings).toEqual([]);
  });

  it('does not apply a fix made for a text the user has since changed', async () => {
    const f = finding({ fix });
    const t = setup({ handlers: { analyze: () => report([f]) } });
    await t.session.start();
    await t.type('Buy our beans');
    await t.clock.advance(DEBOUNCE_MS);
    t.site.setText(t.el, 'Buy our beans today');
    expect(await t.session.applyFix(f)).toBe(false);
    expect(t.site.calls).toEqual([]);
    expect(t.session.store.get().notice).toMatch(/changed/);
    expect(t.session.store.get().text).toBe('Buy our beans today');
  });

  it('says so when the site editor refuses the change', async () => {
    const f = finding({ fix });
    const t = setup({ handlers: { analyze: () => report([f]) } });
    await t.session.start();
    await t.type('Buy our beans');
    await t.clock.advance(DEBOUNCE_MS);
    t.site.adapter.replaceOk = false;
    expect(await t.session.applyFix(f)).toBe(false);
    expect(t.site.calls).toHaveLength(1);
    expect(t.session.store.get().notice).toMatch(/by hand/);
    expect(
      t.bg
        .of('log-findings')
        .flatMap((m) => m.events as Array<{ event: string }>)
        .map((e) => e.event),
    ).not.toContain('fixed');
  });

  it('orders edits last-first', () => {
    expect(
      sortedForApplying({
        label: '',
        edits: [
          { start: 1, end: 2, text: 'a' },
          { start: 5, end: 5, text: 'b' },
          { start: 3, end: 4, text: 'c' },
        ],
      }).map((e) => e.start),
    ).toEqual([5, 3, 1]);
  });
});

describe('dismissals and the findings log', () => {
  it('hides a dismissed finding for this composer, logs it, and logs "shown" once per finding', async () => {
    const f = finding();
    const t = setup({ handlers: { analyze: () => report([f]) } });
    await t.session.start();
    await t.type('Buy now');
    await t.clock.advance(DEBOUNCE_MS);
    await t.type('Buy now!');
    await t.clock.advance(DEBOUNCE_MS);
    t.session.dismiss(f);
    expect(t.session.store.get().findings).toEqual([]);
    expect(t.session.store.get().dismissedCount).toBe(1);
    await t.type('Buy now!!');
    await t.clock.advance(DEBOUNCE_MS);
    expect(t.session.store.get().findings).toEqual([]);
    const events = t.bg
      .of('log-findings')
      .flatMap((m) => m.events as Array<{ event: string; ruleId: string; draftKey: string; platform: string }>);
    expect(events.map((e) => e.event)).toEqual(['shown', 'dismissed']);
    expect(events[1]).toMatchObject({ ruleId: 'cta/stage-jump', draftKey: 'x:post:1', platform: 'x' });
  });
});

describe('autosave and the restore offer', () => {
  it('saves the draft after a pause and deletes it when the composer is emptied', async () => {
    const t = setup();
    await t.session.start();
    await t.type('Hello');
    await t.clock.advance(1000);
    expect(t.bg.of('save-draft')).toHaveLength(1);
    expect(t.bg.of('save-draft')[0]).toMatchObject({
      draft: { key: 'x:post:1', platform: 'x', kind: 'post', text: 'Hello', url: 'https://x.com/home' },
    });
    await t.type('');
    await t.clock.advance(1000);
    expect(t.bg.of('delete-draft')).toHaveLength(1);
  });

  it('offers a saved draft while the composer is empty and puts it back through the adapter', async () => {
    const t = setup({
      handlers: { 'get-draft': () => ({ key: 'x:post:1', platform: 'x', kind: 'post', text: 'Saved\ntext', updatedAt: 5 }) },
    });
    await t.session.start();
    expect(t.session.store.get().restore).toEqual({ text: 'Saved\ntext', updatedAt: 5 });
    // Typing while the offer stands does not overwrite the saved draft: what is typed is saved
    // with the offered draft kept beside it, and nothing is deleted.
    await t.type('x');
    await t.clock.advance(1000);
    expect(t.bg.of('save-draft').map((m) => m.draft)).toEqual([
      expect.objectContaining({ text: 'x', earlier: [{ text: 'Saved\ntext', updatedAt: 5 }] }),
    ]);
    expect(t.bg.of('delete-draft')).toHaveLength(0);
    t.site.setText(t.el, '');
    expect(await t.session.restoreDraft()).toBe(true);
    expect(t.site.calls).toEqual([[0, 0, 'Saved\ntext']]);
    expect(t.session.store.get().restore).toBeUndefined();
  });

  it('does not offer a draft when the composer already holds text, and Discard deletes it', async () => {
    const saved = { key: 'x:post:1', platform: 'x', kind: 'post', text: 'Saved', updatedAt: 5 };
    const t = setup({ handlers: { 'get-draft': () => saved } });
    t.site.setText(t.el, 'Already here');
    await t.session.start();
    expect(t.session.store.get().restore).toBeUndefined();
    const u = setup({ handlers: { 'get-draft': () => saved } });
    await u.session.start();
    await u.session.discardDraft();
    expect(u.bg.of('delete-draft')).toHaveLength(1);
    expect(u.session.store.get().restore).toBeUndefined();
  });
});

describe('submit', () => {
  it('records the post with what it answered and drops the autosaved draft', async () => {
    const t = setup({ kind: 'reply', replyTo: { text: 'Where is my order?', author: '@jane' } });
    await t.session.start();
    await t.type('Sorry Jane, DM us');
    t.site.submit(t.el);
    await flush();
    expect(t.bg.of('record-post')[0]).toMatchObject({
      post: {
        platform: 'x',
        kind: 'reply',
        text: 'Sorry Jane, DM us',
        url: 'https://x.com/home',
        replyTo: { text: 'Where is my order?', author: '@jane' },
      },
    });
    expect(t.bg.of('delete-draft')).toHaveLength(1);
    await t.clock.advance(1000);
    expect(t.bg.of('save-draft')).toHaveLength(0);
  });
});

describe("the reader's stage", () => {
  it("uses the contact's remembered stage for a reply and remembers a new pick for the contact", async () => {
    const t = setup({
      kind: 'reply',
      replyTo: { text: 'Where is my order?', author: '@jane' },
      handlers: { 'get-contact': () => ({ platform: 'x', handle: 'jane', stage: 'loyalty', updatedAt: 1 }) },
    });
    await t.session.start();
    expect(t.session.store.get().stage).toMatchObject({ stage: 'loyalty', source: 'contact', who: '@jane', target: 'contact' });
    await t.type('Thanks Jane');
    await t.session.setStage('advocacy');
    expect(t.bg.of('set-contact')[0]).toMatchObject({ platform: 'x', handle: '@jane', stage: 'advocacy' });
    expect(t.bg.of('analyze').at(-1)).toMatchObject({ draft: { readerStage: 'advocacy' } });
  });

  it('shows a stage read from the post answered, and learns it for the contact when the person sends the reply', async () => {
    const inferred = { ...report([]), readerStage: 'loyalty' as const, readerStageAssumed: false, readerStageInferredFrom: 'their order' };
    for (const trusted of [true, false]) {
      const t = setup({
        kind: 'reply',
        trusted,
        replyTo: { text: 'My order never came', author: '@jane' },
        handlers: { analyze: () => inferred },
      });
      await t.session.start();
      await t.type('So sorry Jane, we are on it');
      await t.clock.advance(DEBOUNCE_MS);
      await flush();
      const view = t.session.store.get();
      expect(view.stage).toMatchObject({ source: 'default', target: 'contact', who: '@jane' });
      expect(withInferred(view.stage, view.report)).toMatchObject({
        shown: 'loyalty',
        source: 'inferred',
        inferredFrom: 'their order',
        who: '@jane',
      });
      // Nothing is stored while typing, and the draft still asks the engine to read the stage.
      expect(t.bg.of('set-contact')).toHaveLength(0);
      expect(t.bg.of('analyze').at(-1)!.draft).not.toHaveProperty('readerStage');
      t.site.submit(t.el);
      await flush();
      // Only the person's own send learns it (a page script's click on "Reply" stores nothing).
      if (trusted) {
        expect(t.bg.of('set-contact')).toEqual([expect.objectContaining({ platform: 'x', handle: '@jane', stage: 'loyalty' })]);
        expect(t.session.store.get().stage).toMatchObject({ stage: 'loyalty', source: 'contact', who: '@jane' });
      } else {
        expect(t.bg.of('set-contact')).toHaveLength(0);
      }
      document.body.innerHTML = '';
    }
  });

  it("uses the platform's audience segment for a post, else assumes the settings' default", async () => {
    const t = setup({
      handlers: { 'get-composer-context': () => ({ defaultStage: 'awareness', segment: { name: 'Coffee lovers', stage: 'interest' } }) },
    });
    await t.session.start();
    expect(t.session.store.get().stage).toMatchObject({ stage: 'interest', source: 'segment', who: 'Coffee lovers' });
    const u = setup({ handlers: { 'get-composer-context': () => ({ defaultStage: 'consideration' }) } });
    await u.session.start();
    expect(u.session.store.get().stage).toEqual({ shown: 'consideration', source: 'default', target: 'draft' });
    await u.type('Hello');
    await u.clock.advance(DEBOUNCE_MS);
    expect(u.bg.of('analyze')[0]!.draft).not.toHaveProperty('readerStage');
    await u.session.setStage('conversion');
    expect(u.bg.of('set-contact')).toHaveLength(0);
    expect(u.session.store.get().stage).toMatchObject({ stage: 'conversion', source: 'draft' });
  });
});

describe('extension context invalidated', () => {
  it('switches to the reload state, tells the controller once and stops working', async () => {
    const t = setup({ handlers: { analyze: () => Promise.reject(new ContextInvalidated()) } });
    await t.session.start();
    await t.type('Hello');
    await t.clock.advance(DEBOUNCE_MS);
    expect(t.session.store.get().status).toBe('invalidated');
    expect(t.d.onInvalidated).toHaveBeenCalledTimes(1);
    await t.type('Hello again');
    await t.clock.advance(2000);
    expect(t.bg.of('analyze')).toHaveLength(1);
    expect(t.bg.of('save-draft')).toHaveLength(0);
  });

  it('other background failures only pause the badge', async () => {
    let fail = true;
    const t = setup({ handlers: { analyze: () => (fail ? Promise.reject(new Error('boom')) : report([])) } });
    await t.session.start();
    await t.type('Hello');
    await t.clock.advance(DEBOUNCE_MS);
    expect(t.session.store.get().status).toBe('unavailable');
    fail = false;
    await t.type('Hello!');
    await t.clock.advance(DEBOUNCE_MS);
    expect(t.session.store.get().status).toBe('ready');
  });
});
