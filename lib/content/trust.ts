/**
 * Only the person may make Postwise read or write stored data: a page script can dispatch any
 * event, call `button.click()` or set an editor's text, but it cannot make an event trusted
 * (`event.isTrusted` is set by the browser for real input only). The tracker sees every click and
 * key event first (a window capture listener registered before any composer's), so a submit is
 * recorded only while the person's own click or key is being dispatched, and a draft is saved only
 * after the person typed, pasted or dropped into that composer.
 */

/** What a composer session asks about trust. */
export interface Trust {
  /** Whether the click or key event being dispatched now is the person's own. */
  inTrustedEvent(): boolean;
  /** Calls `onInput` for each trusted edit (key, paste, drop, cut, text input) in `editor`; returns a stop function. */
  watchInput(editor: HTMLElement, onInput: () => void): () => void;
}

const DISPATCH = ['click', 'auxclick', 'keydown', 'keyup', 'pointerdown', 'pointerup', 'mousedown', 'mouseup', 'submit'] as const;
const INPUT = ['keydown', 'beforeinput', 'paste', 'drop', 'cut'] as const;

/** A Trust over the page's window (call once per content script, before any composer starts). */
export function createTrust(win: Window): Trust {
  let current: Event | undefined;
  const seen = (e: Event) => {
    current = e;
  };
  for (const type of DISPATCH) win.addEventListener(type, seen, { capture: true });
  return {
    inTrustedEvent: () => current?.isTrusted === true,
    watchInput(editor, onInput) {
      const listener = (e: Event) => {
        if (e.isTrusted) onInput();
      };
      for (const type of INPUT) editor.addEventListener(type, listener, { capture: true });
      return () => {
        for (const type of INPUT) editor.removeEventListener(type, listener, { capture: true });
      };
    },
  };
}

/** Every event counts as the person's (tests that drive sessions without a browser). */
export const TRUST_EVERYTHING: Trust = { inTrustedEvent: () => true, watchInput: (_editor, onInput) => (onInput(), () => {}) };

/** How often one composer may record a post: a page clicking "Post" in a loop records one, not fifty. */
export const SUBMIT_LIMIT = { minGapMs: 5_000, perHour: 20 } as const;

/** Per composer: whether another recorded post is allowed now (and counts it when it is). */
export function createSubmitLimiter(limit: { minGapMs: number; perHour: number } = SUBMIT_LIMIT) {
  const times: number[] = [];
  return (now: number): boolean => {
    while (times.length && times[0]! <= now - 3_600_000) times.shift();
    if (times.length >= limit.perHour || (times.length && now - times[times.length - 1]! < limit.minGapMs)) return false;
    times.push(now);
    return true;
  };
}
