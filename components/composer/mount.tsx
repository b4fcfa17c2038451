/**
 * What every site's content script runs: the messenger, the controller, and the badge mounted in
 * a shadow root (WXT's createShadowRootUi) right after the adapter's anchor.
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

export function startComposers(ctx: ContentScriptContext, adapter: PlatformAdapter): ComposerController {
  const { send, alive } = createMessenger(() => browser.runtime);
  // Before any composer's listeners: it must see each click and key first.
  const trust = createTrust(window);
  // The badges outlive the extension context on purpose: when the extension is reloaded under the
  // page they switch to "reload the page" instead of vanishing (createShadowRootUi would remove
  // them on ctx invalidation). The controller removes them when their composer goes.
  const uiLifetime = { options: ctx.options, onInvalidated: () => () => {} } as unknown as ContentScriptContext;
  const mount: MountUi = async (session, anchor) => {
    const ui = await createShadowRootUi<Root>(uiLifetime, {
      name: HOST_TAG,
      position: 'inline',
      anchor,
      append: 'after',
      css: COMPOSER_CSS,
      // The sites' keyboard shortcuts must not fire while the card has focus.
      isolateEvents: ['keydown', 'keyup', 'keypress'],
      onMount(container) {
        const root = createRoot(container);
        root.render(<ComposerUi session={session} />);
        return root;
      },
      onRemove(root) {
        root?.unmount();
      },
    });
    ui.mount();
    ui.shadowHost.setAttribute('data-composer-key', session.composer.key);
    return { host: ui.shadowHost, remove: () => ui.remove() };
  };
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
