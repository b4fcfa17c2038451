/**
 * Noticing that a composer is being submitted, before the site clears it: capture-phase listeners
 * on the window (they run before any listener of the site's own) for clicks on the composer's own
 * submit button and for the site's keyboard shortcut.
 */
import { closestAny, eventTarget, isDisabled, queryEach, type SelectorList } from './find';

/** How a site submits one composer. */
export interface SubmitSpec {
  /** The site's submit buttons; the one nearest the editor is this composer's. */
  buttons: SelectorList;
  /** When set, a button must also have this visible text or aria-label (e.g. /^(Post|Share)$/). */
  label?: RegExp;
  /** The keyboard shortcut that submits (e.g. Ctrl/Cmd+Enter on X, Enter in comment boxes). */
  key?: (e: KeyboardEvent) => boolean;
  /**
   * A multi-step flow (Facebook Pages: Next → Post settings → Post): the buttons that move on to
   * the next step. Their click keeps the text; the final button, clicked in the next step's dialog
   * even after the editor is gone, reports it. The next step may be the same dialog with new
   * content or a new dialog in its place: the text stays pending while any dialog is open, and
   * until another composer's "Next" takes over.
   */
  next?: { buttons: SelectorList; label?: RegExp; dialog: SelectorList };
}

/** Ctrl+Enter or Cmd+Enter. */
export const modEnter = (e: KeyboardEvent) => e.key === 'Enter' && (e.ctrlKey || e.metaKey);
/** Enter alone (Shift+Enter makes a new line). */
export const plainEnter = (e: KeyboardEvent) => e.key === 'Enter' && !e.shiftKey && !e.ctrlKey && !e.metaKey && !e.altKey;

function labelOf(el: Element): string {
  return `${el.getAttribute('aria-label') ?? ''} ${(el.textContent ?? '').trim()}`.trim();
}

/** Listens for the composer's submission; returns a function that stops listening. */
export function watchSubmit(
  editor: HTMLElement,
  spec: SubmitSpec,
  read: (editor: HTMLElement) => string,
  callback: (text: string) => void,
): () => void {
  const win = editor.ownerDocument.defaultView;
  if (!win) return () => {};
  let last = { text: '', at: 0 };
  /** The text kept by a "Next" click, and the dialog the final step happens in. */
  let pending: { text: string; dialog: Element } | undefined;
  let stopped = false;
  const report = (text: string) => {
    if (!text.trim()) return;
    const now = Date.now();
    // A keyboard-activated <button> also gets a click: report once.
    if (text === last.text && now - last.at < 400) return;
    last = { text, at: now };
    pending = undefined;
    try {
      callback(text);
    } catch {
      /* the caller's error must not reach the page */
    }
  };
  const fire = () => {
    if (editor.isConnected) report(read(editor));
  };
  const labelled = (button: Element, label = spec.label) => !label || label.test(labelOf(button));
  /** The button of `buttons` the event's target is in, when it bears `label`. */
  const buttonAt = (target: EventTarget | null, buttons: SelectorList, label?: RegExp): Element | null => {
    if (!(target instanceof win.Element)) return null;
    const button = closestAny(target, buttons);
    return button && labelled(button, label) ? button : null;
  };
  const ownButton = (target: EventTarget | null, buttons: SelectorList, label?: RegExp): boolean => {
    const button = buttonAt(target, buttons, label);
    if (!button || isDisabled(button)) return false;
    // This composer's buttons: those in its nearest ancestor that holds one.
    let scope: Element | null = editor.parentElement;
    for (let depth = 0; scope && depth < 14; scope = scope.parentElement, depth++) {
      if (queryEach(scope, buttons).some((b) => labelled(b, label))) return scope.contains(button);
    }
    return false;
  };
  const isOwnButton = (target: EventTarget | null) => ownButton(target, spec.buttons, spec.label);
  const doc = editor.ownerDocument;
  /** A dialog of the flow is still open: the one the "Next" click was in, or the step that replaced it. */
  const flowOpen = () => !!pending && (pending.dialog.isConnected || queryEach(doc, spec.next!.dialog).length > 0);
  /** The final step's button, in a dialog of the flow (the editor may be gone by now). */
  const isFinalButton = (target: EventTarget | null): boolean => {
    if (!pending || !flowOpen()) return false;
    const button = buttonAt(target, spec.buttons);
    return !!button && !isDisabled(button) && !!closestAny(button, spec.next!.dialog);
  };
  /** Any composer's "Next" button (after this editor left, another composer's flow takes over). */
  const isNextButton = (target: EventTarget | null): boolean => !!spec.next && !!buttonAt(target, spec.next.buttons, spec.next.label);
  const onNext = (target: EventTarget | null) => {
    const next = spec.next;
    if (!next || !editor.isConnected || !ownButton(target, next.buttons, next.label)) return;
    const dialog = closestAny(editor, next.dialog);
    const text = read(editor);
    if (dialog && text.trim()) pending = { text, dialog };
  };
  const activate = (target: EventTarget | null) => {
    if (stopped && !pending) return;
    if (isFinalButton(target)) return report(pending!.text);
    if (stopped) {
      // Back in the editor (a new one) and on again: that composer's text is the one pending now.
      if (isNextButton(target)) pending = undefined;
      return;
    }
    if (isOwnButton(target)) return fire();
    onNext(target);
  };
  const onClick = (e: MouseEvent) => {
    try {
      activate(eventTarget(e));
    } catch {
      /* never throw into the page */
    }
  };
  const onKey = (e: KeyboardEvent) => {
    try {
      if (e.isComposing) return;
      const target = eventTarget(e) as Node | null;
      if (!stopped && spec.key && target && (target === editor || editor.contains(target)) && spec.key(e)) fire();
      else if (e.key === 'Enter' || e.key === ' ') activate(target);
    } catch {
      /* never throw into the page */
    }
  };
  const remove = () => {
    win.removeEventListener('click', onClick, true);
    win.removeEventListener('keydown', onKey, true);
  };
  win.addEventListener('click', onClick, true);
  win.addEventListener('keydown', onKey, true);
  return () => {
    stopped = true;
    // The editor left with a "Next" click: keep listening for the final step while its dialog stays.
    if (!pending) return remove();
    const check = win.setInterval(() => {
      if (!flowOpen()) {
        win.clearInterval(check);
        remove();
      }
    }, 1000);
  };
}
