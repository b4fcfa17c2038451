/**
 * The content script's line to the background. Types come from the protocol, but nothing of zod
 * or storage is bundled (the background validates every request; the content script trusts its
 * own extension's answers), which keeps each site's bundle small. An extension that was reloaded
 * or updated under an open tab ("Extension context invalidated") becomes a ContextInvalidated
 * error, never an error in the page's console.
 */
import type { Request, ResponseData } from '../messaging/protocol';

/** Sends one request and resolves with its data. */
export type Send = <M extends Request>(message: M) => Promise<ResponseData<M['type']>>;

/** The extension was reloaded or removed under this page: only a reload brings Postwise back. */
export class ContextInvalidated extends Error {
  constructor() {
    super('Extension context invalidated');
    this.name = 'ContextInvalidated';
  }
}

/** The background answered with an error envelope (or nothing usable). */
export class BackgroundError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'BackgroundError';
  }
}

/** Whether an error means the extension context is gone. */
export function isInvalidation(error: unknown): boolean {
  if (error instanceof ContextInvalidated) return true;
  const message = error instanceof Error ? error.message : String(error ?? '');
  return /context invalidated|extension context|receiving end does not exist/i.test(message);
}

/** The runtime parts the messenger needs (browser.runtime in the content script). */
export interface RuntimeLike {
  readonly id?: string;
  sendMessage(message: unknown): Promise<unknown>;
}

/** A Send over runtime.sendMessage; `alive()` says whether the extension context still exists. */
export function createMessenger(runtime: () => RuntimeLike | undefined): { send: Send; alive: () => boolean } {
  const alive = () => {
    try {
      return !!runtime()?.id;
    } catch {
      return false;
    }
  };
  const send: Send = async (message) => {
    if (!alive()) throw new ContextInvalidated();
    let raw: unknown;
    try {
      raw = await runtime()!.sendMessage(message);
    } catch (error) {
      if (!alive() || isInvalidation(error)) throw new ContextInvalidated();
      throw new BackgroundError(error instanceof Error ? error.message : String(error), 'no-answer');
    }
    const envelope = raw as { ok?: boolean; data?: unknown; error?: string; code?: string } | undefined;
    if (!envelope || typeof envelope !== 'object') {
      if (!alive()) throw new ContextInvalidated();
      throw new BackgroundError('No answer from the background.', 'no-answer');
    }
    if (envelope.ok !== true) throw new BackgroundError(envelope.error ?? 'The background refused.', envelope.code ?? 'failed');
    return envelope.data as never;
  };
  return { send, alive };
}
