/** Wires the protocol to runtime.onMessage: sender check, validation, one handler per type. */
import { browser } from 'wxt/browser';
import { createMessageListener } from '@/lib/messaging/router';
import type { BackgroundContext } from './context';
import { dispatch } from './handlers';

type Runtime = Pick<typeof browser.runtime, 'id' | 'getURL'>;

/** The runtime.onMessage listener answering every request type for this context. */
export function createBackgroundListener(ctx: BackgroundContext, runtime: Runtime = browser.runtime) {
  return createMessageListener({
    extensionId: runtime.id,
    extensionOrigin: runtime.getURL('/'),
    handle: async (request) => {
      // analyze waits for it itself, and still answers when the database is out of reach.
      if (request.type !== 'analyze') await ctx.ready();
      return dispatch(request, ctx);
    },
    onError: (error, request) => console.error(`[postwise] ${request.type} failed`, error),
  });
}

export function setupMessaging(ctx: BackgroundContext): void {
  const listener = createBackgroundListener(ctx);
  browser.runtime.onMessage.addListener(listener as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
}
