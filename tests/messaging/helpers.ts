import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackgroundContext, type BackgroundContext } from '@/entrypoints/background/context';
import { createBackgroundListener } from '@/entrypoints/background/setup-messaging';
import type { Response } from '@/lib/messaging/protocol';
import type { Sender } from '@/lib/messaging/router';
import type { Transport } from '@/lib/messaging/client';
import { freshDb, NOW } from '../storage/helpers';

/** Senders as the browser fills them in. */
export const senders = {
  popup: (): Sender => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') }),
  contentScript: (url = 'https://x.com/home'): Sender => ({ id: fakeBrowser.runtime.id, url, origin: new URL(url).origin, tab: { url } }),
  otherExtension: (): Sender => ({ id: 'evil-extension-id', url: 'chrome-extension://evil-extension-id/page.html' }),
  webPage: (): Sender => ({ url: 'https://example.com/' }),
};

/** A background over a fresh database, and a way to message it as any sender. */
export function startBackground(now = () => NOW) {
  const ctx: BackgroundContext = createBackgroundContext(freshDb(), now);
  const listener = createBackgroundListener(ctx);
  const send = (message: unknown, sender: Sender = senders.popup()) =>
    new Promise<Response>((resolve) => {
      listener(message, sender, resolve);
    });
  /** A client transport that arrives as the popup would. */
  const transport: Transport = (message) => send(message, senders.popup());
  return { ctx, listener, send, transport };
}
