/**
 * The content script's line to the background. Types come from the protocol, but nothing of zod
 * or storage is bundled (the background validates every request; the content script trusts its
 * own extension's answers), which keeps each site's bundle small. An extension that was reloaded
 * or updated under an open tab ("Extension context invalidated") becomes a ContextInvalidated
 * error, never an error in the page's console.
 */
import type { Request, ResponseData } from './protocol';

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
  return /context invalidated|extension context/i.test(message);
}

/**
 * Whether a failed send may simply be tried again: the service worker was stopped (idle timeout,
 * crash, the browser reclaiming memory) while the message was on its way or being answered.
 * Chrome then says "Receiving end does not exist" or that the message port/channel closed; the
 * next send wakes a fresh worker.
 */
export function isTransient(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error ?? '');
  return /receiving end does not exist|could not establish connection|message (port|channel) closed/i.test(message);
}

/** Pauses before each retry of a transient failure (the worker restarts in well under a second). */
export const RETRY_DELAYS_MS = [100, 400, 1200] as const;

/** Requests not worth retrying (the findings log is best effort; a retry could double-count). */
const NO_RETRY = new Set<string>(['log-findings']);

/** The runtime parts the messenger needs (browser.runtime in the content script). */
export interface RuntimeLike {
  readonly id?: string;
  sendMessage(message: unknown): Promise<unknown>;
}

/** A Send over runtime.sendMessage; `alive()` says whether the extension context still exists. */
export function createMessenger(
  runtime: () => RuntimeLike | undefined,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
): { send: Send; alive: () => boolean } {
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
    for (let attempt = 0; ; attempt++) {
      try {
        raw = await runtime()!.sendMessage(message);
        break;
      } catch (error) {
        if (!alive() || isInvalidation(error)) throw new ContextInvalidated();
        // The service worker went away mid-request: wake a new one and ask again (every request
        // the content script sends is idempotent; record-post carries its own id).
        if (isTransient(error) && attempt < RETRY_DELAYS_MS.length && !NO_RETRY.has(message.type)) {
          await sleep(RETRY_DELAYS_MS[attempt]!);
          if (!alive()) throw new ContextInvalidated();
          continue;
        }
        throw new BackgroundError(error instanceof Error ? error.message : String(error), 'no-answer');
      }
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
