// @vitest-environment happy-dom
/**
 * The composer UI as the page sees it: a host element after the anchor whose shadow root is
 * closed (host.shadowRoot is null), with nothing of the card on the host or in the light DOM.
 * The test keeps the roots it sees attached (a page script cannot: the content script's
 * attachShadow is its own world's, see tests/e2e/sealed.ts for the real browser).
 */
import { act } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { composerMount, HOST_TAG, KEY_ATTR } from '@/components/composer/mount';
import { COMPOSER_CSS } from '@/components/composer/styles';
import type { ComposerSession } from '@/lib/content/session';
import type { ComposerView } from '@/lib/content/session';
import { createStore } from '@/lib/content/store';
import { finding } from './helpers';

const MESSAGE = 'This closely follows your LinkedIn post from 3 h ago.';
const crosspost = finding({
  ruleId: 'crosspost/near-duplicate',
  category: 'crosspost',
  severity: 'info',
  messageId: 'adapt',
  message: MESSAGE,
});

function fakeSession(over: Partial<ComposerView> = {}) {
  const store = createStore<ComposerView>({
    platform: 'x',
    kind: 'reply',
    key: 'x:reply:/dana/status/1',
    status: 'ready',
    text: 'Sorry to hear that',
    findings: [crosspost],
    dismissedCount: 0,
    open: true,
    fixing: false,
    revision: 1,
    stage: { stage: 'loyalty', shown: 'loyalty', source: 'contact', who: '@dana', target: 'contact' },
    restore: { text: 'a saved draft', updatedAt: Date.now() - 60_000, earlier: [] },
    ...over,
  });
  const session = {
    store,
    composer: { key: 'x:reply:/dana/status/1' },
    toggle: vi.fn(),
    applyFix: vi.fn(async () => true),
    dismiss: vi.fn(),
    setStage: vi.fn(async () => {}),
    restoreDraft: vi.fn(async () => true),
    discardDraft: vi.fn(async () => {}),
  };
  return session as unknown as ComposerSession;
}

const roots: ShadowRoot[] = [];
const attach = Element.prototype.attachShadow;
beforeEach(() => {
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    roots.push(root);
    return root;
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  roots.length = 0;
  document.body.innerHTML = '';
});

async function mounted() {
  const anchor = document.createElement('div');
  document.body.append(anchor);
  const ui = await act(() => composerMount(undefined)(fakeSession(), anchor));
  await act(async () => {});
  return { anchor, ui, root: roots[0]! };
}

describe('the composer UI is sealed from the page', () => {
  it('sits after the anchor in a closed shadow root: host.shadowRoot is null, the card is inside', async () => {
    const { anchor, ui, root } = await mounted();
    expect(ui.host.localName).toBe(HOST_TAG);
    expect(anchor.nextElementSibling).toBe(ui.host);
    expect(root.mode).toBe('closed');
    expect(ui.host.shadowRoot).toBeNull();
    // The card really rendered (so the emptiness below means something).
    expect(root.querySelector('[data-testid="postwise-card"]')?.textContent).toContain(MESSAGE);
    expect(root.querySelector('[data-testid="postwise-restore"]')).not.toBeNull();
    expect(root.querySelector(`[${KEY_ATTR}]`)?.getAttribute(KEY_ATTR)).toBe('x:reply:/dana/status/1');
  });

  it('leaves nothing readable in the light DOM: no attribute, title or aria text on the host, no text', async () => {
    const { ui } = await mounted();
    expect(ui.host.getAttributeNames()).toEqual([]);
    expect(ui.host.textContent).toBe('');
    expect(ui.host.children).toHaveLength(0);
    const light = document.body.outerHTML;
    for (const secret of [MESSAGE, 'loyalty', '@dana', 'a saved draft', 'x:reply:/dana/status/1', 'Saved draft'])
      expect(light).not.toContain(secret);
    // The composer key is not on the host either (it lives inside the root).
    expect(document.querySelector(`[${KEY_ATTR}]`)).toBeNull();
  });

  // (Retargeting of focus and events to the host is checked in Chromium: happy-dom does not retarget.)
  it("the site's key shortcuts do not see keys typed in the card", async () => {
    const { root } = await mounted();
    const keys: Event[] = [];
    for (const type of ['keydown', 'keyup', 'keypress']) document.addEventListener(type, (e) => keys.push(e));
    const chip = root.querySelector<HTMLElement>('[data-testid="postwise-stage-conversion"]')!;
    chip.focus();
    expect(root.activeElement).toBe(chip);
    for (const type of ['keydown', 'keyup', 'keypress'])
      chip.dispatchEvent(new KeyboardEvent(type, { key: 'Enter', bubbles: true, composed: true }));
    expect(keys).toEqual([]);
  });

  it('a click a script dispatched inside does nothing and does not reach the page', async () => {
    const clicks: Event[] = [];
    document.addEventListener('click', (e) => clicks.push(e));
    const { root } = await mounted();
    root.querySelector<HTMLElement>('[data-testid="postwise-stage-conversion"]')!.click();
    root.querySelector<HTMLElement>('[data-testid="postwise-restore-yes"]')!.click();
    expect(clicks).toEqual([]);
  });

  it('the card text cannot be selected (a selection in a closed root is readable by the page)', () => {
    expect(COMPOSER_CSS).toMatch(/\.pw-root \{[^}]*user-select: none/);
  });
});
