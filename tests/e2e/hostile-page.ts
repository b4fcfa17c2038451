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
      const w = window as unknown as { __hostile: { received: unknown[] }; chrome?: { runtime?: { sendMessage?: (...a: unknown[]) => Promise<unknown> } } };
      for (const m of forged) {
        window.postMessage({ ...m, nonce }, '*');
        window.postMessage({ source: 'postwise', nonce, message: m }, '*');
        window.postMessage(JSON.stringify({ ...m, nonce }), '*');
        document.dispatchEvent(new CustomEvent(`postwise:${(m as { type: string }).type}`, { detail: m }));
      }
      // WXT's content-script context stops when it sees this event for its own name (x).
      for (const name of ['x', 'content-scripts/x', 'x.content']) {
        document.dispatchEvent(new CustomEvent(`${id}:${name}:wxt:content-script-started`, { detail: { contentScriptName: name, messageId: 'forged' } }));
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
