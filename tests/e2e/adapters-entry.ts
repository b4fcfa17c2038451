/**
 * The adapters as the e2e test injects them (an IIFE exposing window.__postwise): the test drives
 * them through page.evaluate, the way the content script will.
 */
import { adapterFor } from '../../lib/platforms/index';
import type { Composer } from '../../lib/platforms/types';
import type { ReplyContext } from '../../lib/analysis/schemas';

/** A composer as seen from the test. */
export interface ComposerInfo {
  kind: string;
  key: string;
  tag: string;
  anchor: string;
}

const composers = (): Composer[] => adapterFor(location.hostname)?.findComposers(document) ?? [];
const adapter = () => {
  const a = adapterFor(location.hostname);
  if (!a) throw new Error(`no adapter for ${location.hostname}`);
  return a;
};
const editorAt = (i: number) => {
  const c = composers()[i];
  if (!c) throw new Error(`no composer #${i}`);
  return c.editor;
};
const describe = (el: Element) =>
  `${el.tagName.toLowerCase()}${el.getAttribute('data-testid') ? `[data-testid=${el.getAttribute('data-testid')}]` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`;

const api = {
  platform: () => adapterFor(location.hostname)?.platform,
  find: (): ComposerInfo[] =>
    composers().map((c) => ({
      kind: c.kind,
      key: c.key,
      tag: c.editor.tagName.toLowerCase(),
      anchor: describe(adapter().anchor(c.editor)),
    })),
  readText: (i = 0): string => adapter().readText(editorAt(i)),
  readReplyContext: (i = 0): ReplyContext | undefined => adapter().readReplyContext(editorAt(i)),
  replaceText: (i: number, start: number, end: number, text: string): Promise<boolean> =>
    adapter().replaceText(editorAt(i), start, end, text),
  /** Submissions seen by onSubmit, per composer index. */
  submits: [] as string[],
  watch: (i = 0): void => {
    adapter().onSubmit(editorAt(i), (text) => api.submits.push(text));
  },
  /**
   * Mounts a stand-in for the badge the way the UI will (its own host element right after the
   * anchor, content in a shadow root) and returns a probe of it.
   */
  mountBadge: (i = 0): void => {
    const host = document.createElement('postwise-badge');
    host.style.display = 'block';
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML =
      '<style>:host{all:initial;display:block}div{display:flex;justify-content:flex-end;padding:4px 0}span{font:600 12px system-ui,sans-serif;background:#f59e0b;color:#111;border-radius:999px;padding:2px 8px}</style><div><span data-testid="badge">2 to look at</span></div>';
    adapter().anchor(editorAt(i)).insertAdjacentElement('afterend', host);
  },
  /** Whether the badge is still on the page, and which of the site's buttons it covers. */
  badgeProbe: () => {
    const host = document.querySelector('postwise-badge');
    const pill = host?.shadowRoot?.querySelector('span');
    if (!host || !pill || !host.isConnected) return { connected: false, covers: [] as string[] };
    const a = pill.getBoundingClientRect();
    const covers = Array.from(document.querySelectorAll('button, [role="button"]'))
      .filter((b) => {
        const r = b.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && a.left < r.right && r.left < a.right && a.top < r.bottom && r.top < a.bottom;
      })
      .map((b) => b.getAttribute('aria-label') ?? b.textContent ?? '');
    return { connected: true, covers };
  },
  anchorBox: (i = 0) => {
    const r = adapter().anchor(editorAt(i)).getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  },
};

declare global {
  interface Window {
    __postwise: typeof api;
  }
}
window.__postwise = api;
