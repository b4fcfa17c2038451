/**
 * What every site's content script runs: the messenger, the controller, and the badge mounted in
 * a CLOSED shadow root (WXT's createShadowRootUi, mode 'closed') right after the adapter's anchor.
 *
 * Why closed, and why a shadow root rather than an iframe: the page is hostile (an ad, a tracker
 * or the site itself — LinkedIn watches the DOM for extensions' injected elements and probes
 * `web_accessible_resources`, see ../shared/COMPOSERS.md). With an open root any page script
 * reads `host.shadowRoot` and with it the card: "repeats your LinkedIn post from 3 h ago", the
 * reader's stage, the restore offer. A closed root gives page scripts `host.shadowRoot === null`,
 * retargets every event that leaves it to the host (composedPath() stops there), keeps the site's
 * CSS out, and costs nothing on the probing side: no web-accessible resource (an iframe UI would
 * need one, fetchable and so detectable by any page), one element per composer. The host itself
 * stays visible (anything drawn in the page is), so it carries no attribute, title or aria text:
 * the composer key lives on the container inside the root. Text in the card cannot be selected
 * (user-select: none in styles.ts), because a selection inside a closed root is still readable
 * through the page's getSelection().toString().
 */
import { createRoot, type Root } from 'react-dom/client';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { ComposerUi } from './composer-ui';
import { COMPOSER_CSS } from './styles';
import type { PlatformAdapter } from '@/lib/platforms/types';
import { ComposerController, type MountUi } from '@/lib/content/controller';
import { createMessenger } from '@/lib/messaging/messenger';
import { createTrust } from '@/lib/content/trust';

/** The host element's tag (also what the e2e tests look for). */
export const HOST_TAG = 'postwise-composer';
/** The composer's key, on the container inside the closed root (never on the host). */
export const KEY_ATTR = 'data-composer-key';

/**
 * Mounts one composer's UI right after its anchor, in a closed shadow root.
 * The badges outlive the extension context on purpose: when the extension is reloaded under the
 * page they switch to "reload the page" instead of vanishing (createShadowRootUi would remove
 * them on ctx invalidation). The controller removes them when their composer goes.
 */
export function composerMount(options: ContentScriptContext['options']): MountUi {
  const uiLifetime = { options, onInvalidated: () => () => {} } as unknown as ContentScriptContext;
  return async (session, anchor) => {
    const ui = await createShadowRootUi<Root>(uiLifetime, {
      name: HOST_TAG,
      position: 'inline',
      anchor,
      append: 'after',
      css: COMPOSER_CSS,
      mode: 'closed',
      // The sites' keyboard shortcuts must not fire while the card has focus.
      isolateEvents: ['keydown', 'keyup', 'keypress'],
      onMount(container) {
        // Inside the root, so only Postwise (and the e2e tests, through chrome.dom) can read it.
        container.setAttribute(KEY_ATTR, session.composer.key);
        const root = createRoot(container);
        root.render(<ComposerUi session={session} />);
        return root;
      },
      onRemove(root) {
        root?.unmount();
      },
    });
    ui.mount();
    return { host: ui.shadowHost, remove: () => ui.remove() };
  };
}

export function startComposers(ctx: ContentScriptContext, adapter: PlatformAdapter): ComposerController {
  const { send, alive } = createMessenger(() => browser.runtime);
  // Before any composer's listeners: it must see each click and key first.
  const trust = createTrust(window);
  const mount = composerMount(ctx.options);
  const controller = new ComposerController(adapter, document, {
    send,
    alive,
    mount,
    trust,
    now: Date.now,
    url: () => location.href,
    // Plain timers guarded by the runtime, not ctx.setTimeout: WXT invalidates its context when a
    // "script started" event arrives on the document, and the page itself can dispatch that event.
    schedule(fn, ms) {
      const id = setTimeout(() => {
        if (alive()) fn();
        else controller.invalidate();
      }, ms);
      return () => clearTimeout(id);
    },
  });
  // Only a context that is really gone (extension reloaded, updated or removed) stops the badges.
  ctx.onInvalidated(() => {
    if (!alive()) controller.invalidate();
  });
  controller.start();
  return controller;
}
