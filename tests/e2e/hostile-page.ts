/**
 * A hostile page on a site Postwise runs on: what its own scripts (the main world, where an ad,
 * a tracker or a compromised bundle runs) can try against the extension. Everything here is
 * evaluated in the page with `page.evaluate`, never in the content script's isolated world.
 */
import type { Page } from 'playwright-core';

/** Marks every message the page posts itself, so anything else seen on the window is a leak. */
export const NONCE = 'hostile-7f3a';

/** The protocol requests a page would love to get answered (shaped exactly like Postwise's). */
export const FORGED_REQUESTS: readonly object[] = [
  { type: 'export' },
  { type: 'list-contacts' },
  { type: 'get-draft', key: 'linkedin:post:share-box' },
  { type: 'wipe', confirm: true },
  { type: 'set-settings', patch: { supportEmail: 'attacker@evil.example' } },
  { type: 'record-post', post: { platform: 'x', kind: 'post', text: 'FORGED POST from the page', time: 1 } },
  { type: 'save-draft', draft: { key: 'x:post:tweetTextarea_0', platform: 'x', kind: 'post', text: 'FORGED DRAFT from the page' } },
];

/** What the hostile page saw and got. */
export interface HostileReport {
  /** Every window message the page received (its own carry the nonce). */
  received: unknown[];
  /** chrome.runtime.sendMessage(extensionId, …) from the page: how it failed. */
  direct: string[];
}

/** Listens to window messages from now on (call before anything else). */
export async function listen(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __hostile: { received: unknown[] } };
    w.__hostile = { received: [] };
    window.addEventListener('message', (e) => w.__hostile.received.push(e.data));
  });
}

/**
 * Attacks: forged window messages in several shapes, forged DOM events (WXT's "a newer script
 * started" event that stops a content script, synthetic input/submit events, custom events named
 * like the protocol), and direct runtime messages to the extension id.
 */
export async function attack(page: Page, extensionId: string): Promise<HostileReport> {
  return page.evaluate(
    async ({ forged, nonce, id }) => {
      const w = window as unknown as {
        __hostile: { received: unknown[] };
        chrome?: { runtime?: { sendMessage?: (...a: unknown[]) => Promise<unknown> } };
      };
      for (const m of forged) {
        window.postMessage({ ...m, nonce }, '*');
        window.postMessage({ source: 'postwise', nonce, message: m }, '*');
        window.postMessage(JSON.stringify({ ...m, nonce }), '*');
        document.dispatchEvent(new CustomEvent(`postwise:${(m as { type: string }).type}`, { detail: m }));
      }
      // WXT's content-script context stops when it sees this event for its own name (x).
      for (const name of ['x', 'content-scripts/x', 'x.content']) {
        document.dispatchEvent(
          new CustomEvent(`${id}:${name}:wxt:content-script-started`, { detail: { contentScriptName: name, messageId: 'forged' } }),
        );
      }
      window.dispatchEvent(new Event('beforeunload'));
      window.dispatchEvent(new PopStateEvent('popstate'));
      const direct: string[] = [];
      for (const m of forged.slice(0, 3)) {
        try {
          const send = w.chrome?.runtime?.sendMessage;
          if (!send) direct.push('no chrome.runtime.sendMessage in the page');
          else direct.push(`answered: ${JSON.stringify(await send(id, m))}`);
        } catch (e) {
          direct.push(`threw: ${(e as Error).message}`);
        }
      }
      await new Promise((r) => setTimeout(r, 300));
      return { received: w.__hostile.received.slice(), direct };
    },
    { forged: FORGED_REQUESTS, nonce: NONCE, id: extensionId },
  );
}

/** All text a page script can read: the document and every open shadow root, attributes included. */
export async function readableText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const out: string[] = [];
    const walk = (root: Document | ShadowRoot | Element) => {
      for (const el of Array.from(root.querySelectorAll('*'))) {
        for (const a of Array.from(el.attributes)) out.push(a.value);
        if (el.shadowRoot) {
          out.push(el.shadowRoot.textContent ?? '');
          walk(el.shadowRoot);
        }
      }
    };
    out.push(document.documentElement.textContent ?? '');
    walk(document);
    return out.join('\n');
  });
}

/**
 * Before any script of the page's runs (so before the content script too): replaces
 * Element.prototype.attachShadow to force roots open and keep Postwise's. It cannot work — the
 * content script's world has its own prototypes — and `spiedRoots` proves it caught nothing.
 */
export async function installRootSpy(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __spied: ShadowRoot[] };
    w.__spied = [];
    const original = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
      const root = original.call(this, { ...init, mode: 'open' });
      if (this.localName.startsWith('postwise')) w.__spied.push(root);
      return root;
    };
  });
}

/** The text of every Postwise root the spy caught (should be none). */
export function spiedRoots(page: Page): Promise<string[]> {
  return page.evaluate(() => ((window as unknown as { __spied?: ShadowRoot[] }).__spied ?? []).map((r) => r.textContent ?? ''));
}

/** What a page script got from Postwise's UI. */
export interface SealedAttack {
  /** 'null' when every host's shadowRoot is null for the page. */
  shadowRoot: 'null' | 'open';
  /** Postwise elements found by querySelector through the document and every open root. */
  found: number;
  /** Synthetic pointer/mouse/click sequences dispatched over the hosts' boxes. */
  clicks: number;
  /** What elementFromPoint returned over the hosts' boxes (local names). */
  hits: string[];
  /** The document's text, every open root's, every attribute, and innerText. */
  readable: string;
  /** getSelection().toString() */
  selection: string;
  /** Running animations whose target is not in the document's own tree. */
  animations: number;
  /** document.activeElement's local name. */
  activeElement: string;
}

/**
 * A page script against Postwise's hosts: looks into them, clicks every few pixels over their
 * boxes with synthetic pointer, mouse and click events (at whatever elementFromPoint returns),
 * clicks and focuses the hosts and presses Enter and Space at them, then reads everything a
 * script can read. `near` is focused first (an editor of the page's).
 */
export async function attackSealedUi(page: Page, near: string, opts: { noClicks?: boolean } = {}): Promise<SealedAttack> {
  const out = await page.evaluate(
    async ({ near, noClicks }) => {
      const hosts = Array.from(document.querySelectorAll('postwise-composer')) as HTMLElement[];
      let found = 0;
      const deep = (root: Document | ShadowRoot) => {
        found += root.querySelectorAll('[data-testid^="postwise-"]').length;
        for (const el of Array.from(root.querySelectorAll('*'))) if (el.shadowRoot) deep(el.shadowRoot);
      };
      deep(document);
      let clicks = 0;
      const hits = new Set<string>();
      if (!noClicks) {
        (document.querySelector(near) as HTMLElement | null)?.focus();
        for (const host of hosts) {
          const r = host.getBoundingClientRect();
          const step = Math.max(4, Math.ceil(Math.sqrt((r.width * r.height) / 600)));
          for (let x = r.left + 1; x < r.right; x += step) {
            for (let y = r.top + 1; y < r.bottom; y += step) {
              const el = document.elementFromPoint(x, y);
              if (!el) continue;
              hits.add(el.localName);
              const init = { bubbles: true, cancelable: true, composed: true, clientX: x, clientY: y, view: window };
              el.dispatchEvent(new PointerEvent('pointerdown', init));
              el.dispatchEvent(new MouseEvent('mousedown', init));
              el.dispatchEvent(new PointerEvent('pointerup', init));
              el.dispatchEvent(new MouseEvent('mouseup', init));
              el.dispatchEvent(new MouseEvent('click', init));
              clicks++;
            }
          }
          host.click();
          host.focus();
          for (const target of [host, document.activeElement ?? host]) {
            for (const key of ['Enter', ' ', 'Tab']) {
              target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
              target.dispatchEvent(new KeyboardEvent('keyup', { key, bubbles: true, composed: true }));
            }
          }
        }
        await new Promise((r) => setTimeout(r, 300));
      }
      const animations = document.getAnimations().filter((a) => {
        const t = (a.effect as KeyframeEffect | null)?.target;
        return t && t.getRootNode() !== document;
      }).length;
      return {
        shadowRoot: hosts.every((h) => h.shadowRoot === null) ? ('null' as const) : ('open' as const),
        found,
        clicks,
        hits: Array.from(hits).sort(),
        selection: document.getSelection()?.toString() ?? '',
        animations,
        activeElement: document.activeElement?.localName ?? '',
        innerText: document.body.innerText,
      };
    },
    { near, noClicks: !!opts.noClicks },
  );
  const { innerText, ...rest } = out;
  return { ...rest, readable: `${await readableText(page)}\n${innerText}` };
}
