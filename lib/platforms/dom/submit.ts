/**
 * Noticing that a composer is being submitted, before the site clears it: capture-phase listeners
 * on the window (they run before any listener of the site's own) for clicks on the composer's own
 * submit button and for the site's keyboard shortcut.
 */
import { closestAny, isDisabled, queryEach, type SelectorList } from './find';

/** How a site submits one composer. */
export interface SubmitSpec {
  /** The site's submit buttons; the one nearest the editor is this composer's. */
  buttons: SelectorList;
  /** When set, a button must also have this visible text or aria-label (e.g. /^(Post|Share)$/). */
  label?: RegExp;
  /** The keyboard shortcut that submits (e.g. Ctrl/Cmd+Enter on X, Enter in comment boxes). */
  key?: (e: KeyboardEvent) => boolean;
}

/** Ctrl+Enter or Cmd+Enter. */
export const modEnter = (e: KeyboardEvent) => e.key === 'Enter' && (e.ctrlKey || e.metaKey);
/** Enter alone (Shift+Enter makes a new line). */
export const plainEnter = (e: KeyboardEvent) => e.key === 'Enter' && !e.shiftKey && !e.ctrlKey && !e.metaKey && !e.altKey;

function labelOf(el: Element): string {
  return `${el.getAttribute('aria-label') ?? ''} ${(el.textContent ?? '').trim()}`.trim();
}

/** Listens for the composer's submission; returns a function that stops listening. */
export function watchSubmit(editor: HTMLElement, spec: SubmitSpec, read: (editor: HTMLElement) => string, callback: (text: string) => void): () => void {
  const win = editor.ownerDocument.defaultView;
  if (!win) return () => {};
  let last = { text: '', at: 0 };
  const fire = () => {
    if (!editor.isConnected) return;
    const text = read(editor);
    if (!text.trim()) return;
    const now = Date.now();
    // A keyboard-activated <button> also gets a click: report once.
    if (text === last.text && now - last.at < 400) return;
    last = { text, at: now };
    try {
      callback(text);
    } catch {
      /* the caller's error must not reach the page */
    }
  };
  const labelled = (button: Element) => !spec.label || spec.label.test(labelOf(button));
  const isOwnButton = (target: EventTarget | null): boolean => {
    if (!(target instanceof win.Element)) return false;
    const button = closestAny(target, spec.buttons);
    if (!button || isDisabled(button) || !labelled(button)) return false;
    // This composer's buttons: those in its nearest ancestor that holds one.
    let scope: Element | null = editor.parentElement;
    for (let depth = 0; scope && depth < 14; scope = scope.parentElement, depth++) {
      if (queryEach(scope, spec.buttons).some(labelled)) return scope.contains(button);
    }
    return false;
  };
  const onClick = (e: MouseEvent) => {
    try {
      if (isOwnButton(e.target)) fire();
    } catch {
      /* never throw into the page */
    }
  };
  const onKey = (e: KeyboardEvent) => {
    try {
      if (e.isComposing) return;
      const target = e.target as Node | null;
      if (spec.key && target && (target === editor || editor.contains(target)) && spec.key(e)) fire();
      else if ((e.key === 'Enter' || e.key === ' ') && isOwnButton(e.target)) fire();
    } catch {
      /* never throw into the page */
    }
  };
  win.addEventListener('click', onClick, true);
  win.addEventListener('keydown', onKey, true);
  return () => {
    win.removeEventListener('click', onClick, true);
    win.removeEventListener('keydown', onKey, true);
  };
}
