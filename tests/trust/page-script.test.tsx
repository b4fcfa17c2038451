// @vitest-environment happy-dom
/**
 * What a page script can do with Postwise's UI and composer session, and that none of it reads or
 * writes stored data: its clicks are never trusted (dispatched events, button.click()), so the
 * card's actions ignore them; a submit counts only during the person's own click or key and is
 * rate-limited per composer; a draft is saved only after the person typed in that composer, and in
 * part (with a calm note) when it is longer than a saved draft keeps.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ComposerUi, type ComposerActions } from '@/components/composer/composer-ui';
import { MAX_DRAFT_CHARS } from '@/lib/contract/limits';
import { createStore } from '@/lib/content/store';
import type { ComposerView } from '@/lib/content/session';
import { ComposerSession, resetSessionMemory } from '@/lib/content/session';
import { AUTOSAVE_MS } from '@/lib/content/autosave';
import { createSubmitLimiter, createTrust, TRUST_EVERYTHING, type Trust } from '@/lib/content/trust';
import { deps, fakeAdapter, fakeBackground, finding, manualClock } from '../content/helpers';

function view(over: Partial<ComposerView> = {}): ComposerView {
  return {
    platform: 'x',
    kind: 'reply',
    key: 'x:reply:1',
    status: 'ready',
    text: 'Thanks Dana',
    findings: [finding({ fix: { label: 'Fix it', edits: [{ start: 0, end: 1, text: 'T' }] } })],
    dismissedCount: 0,
    open: true,
    fixing: false,
    revision: 1,
    stage: { shown: 'loyalty', stage: 'loyalty', source: 'contact', who: '@dana', target: 'contact' },
    restore: { text: 'the saved draft', updatedAt: 1 },
    ...over,
  };
}

function fakeSession(initial: ComposerView) {
  const store = createStore(initial);
  const session: ComposerActions = {
    store,
    toggle: vi.fn(),
    applyFix: vi.fn(async () => true),
    dismiss: vi.fn(),
    setStage: vi.fn(async () => {}),
    restoreDraft: vi.fn(async () => true),
    discardDraft: vi.fn(async () => {}),
  };
  return session;
}

afterEach(cleanup);
beforeEach(() => resetSessionMemory());

describe('the card ignores clicks a page script makes', () => {
  it('restore, discard, a stage chip, a fix, "not relevant" and the badge: nothing happens', () => {
    const s = fakeSession(view());
    render(<ComposerUi session={s} />); // the browser's own isTrusted: dispatched events are not
    const tried: string[] = [];
    for (const id of [
      'postwise-restore-yes',
      'postwise-restore-no',
      'postwise-stage-awareness',
      'postwise-fix',
      'postwise-dismiss',
      'postwise-badge',
    ]) {
      const el = screen.getByTestId(id);
      fireEvent.click(el);
      (el as HTMLButtonElement).click();
      tried.push(id);
    }
    console.log(`page-script clicks tried (each dispatched and .click()): ${tried.join(', ')}`);
    for (const fn of [s.restoreDraft, s.discardDraft, s.setStage, s.applyFix, s.dismiss, s.toggle]) expect(fn).not.toHaveBeenCalled();
  });

  it('the same clicks from the person go through', () => {
    const s = fakeSession(view());
    render(<ComposerUi session={s} isTrusted={() => true} />);
    fireEvent.click(screen.getByTestId('postwise-restore-yes'));
    fireEvent.click(screen.getByTestId('postwise-stage-awareness'));
    expect(s.restoreDraft).toHaveBeenCalledWith(0);
    expect(s.setStage).toHaveBeenCalledWith('awareness');
  });
});

describe('trust as the browser reports it', () => {
  it('a dispatched click or key is not a trusted event, and is no input in the editor', () => {
    const trust = createTrust(window);
    const editor = document.createElement('textarea');
    document.body.append(editor);
    const typed = vi.fn();
    const stop = trust.watchInput(editor, typed);
    let during: boolean | undefined;
    editor.addEventListener('click', () => (during = trust.inTrustedEvent()));
    editor.click();
    expect(during).toBe(false);
    for (const type of ['keydown', 'beforeinput', 'paste', 'drop']) editor.dispatchEvent(new Event(type, { bubbles: true }));
    expect(typed).not.toHaveBeenCalled();
    stop();
    editor.remove();
  });
});

/** A session whose trust is controlled by the test. */
function setup(trust: Trust = TRUST_EVERYTHING) {
  const site = fakeAdapter('x');
  const el = document.createElement('div');
  const bg = fakeBackground();
  const clock = manualClock();
  const session = new ComposerSession(site.adapter, { editor: el, kind: 'post', key: 'x:post:1' }, deps(bg, clock, { trust }));
  return { site, el, bg, clock, session };
}

describe('submits', () => {
  it('a page clicking "Post" 50 times records nothing; the person’s click records one', async () => {
    let trusted = false;
    const typedBy: (() => void)[] = [];
    const t = setup({ inTrustedEvent: () => trusted, watchInput: (_e, on) => (typedBy.push(on), () => {}) });
    await t.session.start();
    t.site.setText(t.el, 'A post the page wants in the history');
    for (let i = 0; i < 50; i++) t.site.submit(t.el);
    await t.clock.advance(10);
    expect(t.bg.of('record-post')).toHaveLength(0);
    trusted = true;
    for (let i = 0; i < 50; i++) t.site.submit(t.el); // even during a trusted click: one per composer
    await t.clock.advance(10);
    expect(t.bg.of('record-post')).toHaveLength(1);
  });

  it('rate-limits one composer: a gap between posts and a few an hour', () => {
    const may = createSubmitLimiter({ minGapMs: 5_000, perHour: 3 });
    expect([may(0), may(1_000), may(5_000), may(10_000), may(20_000), may(3_600_001)]).toEqual([true, false, true, true, false, true]);
  });
});

describe('autosave', () => {
  it('saves nothing a page script typed; saves after the person’s own input', async () => {
    const inputs: (() => void)[] = [];
    const t = setup({ inTrustedEvent: () => false, watchInput: (_e, on) => (inputs.push(on), () => {}) });
    await t.session.start();
    t.site.setText(t.el, 'x'.repeat(200_000));
    t.session.changed();
    await t.clock.advance(AUTOSAVE_MS + 10);
    expect(t.bg.of('save-draft')).toHaveLength(0);
    inputs.forEach((on) => on()); // a trusted key in this editor
    t.site.setText(t.el, 'Typed by the person');
    t.session.changed();
    await t.clock.advance(AUTOSAVE_MS + 10);
    expect(t.bg.of('save-draft').map((m) => (m.draft as { text: string }).text)).toEqual(['Typed by the person']);
  });

  it('saves the first 100,000 characters of a longer draft and says so calmly', async () => {
    const t = setup();
    await t.session.start();
    t.site.setText(t.el, 'a'.repeat(MAX_DRAFT_CHARS + 50_000));
    t.session.changed();
    await t.clock.advance(AUTOSAVE_MS + 10);
    const saved = t.bg.of('save-draft').at(-1)!.draft as { text: string };
    expect(saved.text.length).toBe(MAX_DRAFT_CHARS);
    expect(t.session.store.get().partlySaved).toBe(true);
    const s = fakeSession({ ...view(), partlySaved: true, restore: undefined });
    render(<ComposerUi session={s} isTrusted={() => true} />);
    expect(screen.getByTestId('postwise-partly-saved').textContent).toMatch(
      /saved its first 100,000 characters; the rest stays in the editor/,
    );
  });
});
