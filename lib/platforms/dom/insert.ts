/**
 * Replacing a range of an editor's text through the editor's own input path, so its state
 * (Draft.js EditorState, Lexical, Quill, ProseMirror, React's controlled value) sees the change:
 * select the range, let the editor notice the new selection, then `execCommand('insertText')`
 * (every editor handles the resulting beforeinput/input), or a synthetic paste for multi-line
 * text. Never writes the DOM directly: Draft.js and Lexical revert or break on that. Verifies the
 * result and reports it.
 */
import { isTextField, mapText, rangeFor, readEditorText } from './text';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Resolves after the next `selectionchange` (Lexical reads the selection there) or after ms. */
function selectionSettled(doc: Document, ms = 80): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      doc.removeEventListener('selectionchange', finish);
      // Let the editor's own selectionchange handler run before we act.
      setTimeout(resolve, 15);
    };
    doc.addEventListener('selectionchange', finish);
    setTimeout(finish, ms);
  });
}

/** Polls read() until it equals expected (editors commit asynchronously) or the time is up. */
async function settlesTo(read: () => string, expected: string, ms = 400): Promise<boolean> {
  const until = Date.now() + ms;
  for (;;) {
    if (read() === expected) return true;
    if (Date.now() > until) return false;
    await sleep(10);
  }
}

function execInsert(doc: Document, text: string): boolean {
  try {
    return text === '' ? doc.execCommand('delete', false) : doc.execCommand('insertText', false, text);
  } catch {
    return false;
  }
}

/** A paste event carrying text/plain, which Draft.js, Lexical, Quill and ProseMirror all handle. */
function pastePlain(target: HTMLElement, text: string): void {
  const view = target.ownerDocument.defaultView ?? globalThis;
  const data = new view.DataTransfer();
  data.setData('text/plain', text);
  target.dispatchEvent(new view.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
}

/**
 * A deletion as a replacement: [start, end) → "" becomes [start - 1, end) → the character before
 * (or [start, end + 1) → the one after), so every editor gets a plain insertText, which they all
 * handle, instead of a delete command some of them (Draft.js) only take from the keyboard.
 */
function widenDeletion(before: string, start: number, end: number): [number, number, string] {
  const plain = (c: string | undefined) => c !== undefined && c !== '\n' && !/[\uD800-\uDFFF]/.test(c);
  if (plain(before[start - 1])) return [start - 1, end, before[start - 1] as string];
  if (plain(before[end])) return [start, end + 1, before[end] as string];
  return [start, end, ''];
}

/** Selects [start, end) of a contenteditable's plain text. */
export function selectText(editor: HTMLElement, start: number, end: number): void {
  const sel = editor.ownerDocument.getSelection();
  if (!sel) return;
  const range = rangeFor(editor, start, end, mapText(editor));
  sel.removeAllRanges();
  sel.addRange(range);
}

async function replaceInField(
  field: HTMLTextAreaElement | HTMLInputElement,
  start: number,
  end: number,
  text: string,
  expected: string,
): Promise<boolean> {
  const read = () => readEditorText(field);
  field.focus({ preventScroll: true });
  field.setSelectionRange(start, end);
  execInsert(field.ownerDocument, text);
  if (await settlesTo(read, expected, 150)) return true;
  if (read() !== expected && field.value !== expected) {
    // The native setter bypasses React's value tracker, so React's onChange sees the input event.
    const proto = Object.getPrototypeOf(field) as object;
    const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
    if (setter) setter.call(field, expected);
    else field.value = expected;
    field.dispatchEvent(
      new (field.ownerDocument.defaultView ?? globalThis).InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }),
    );
    field.setSelectionRange(start + text.length, start + text.length);
  }
  return settlesTo(read, expected, 150);
}

async function replaceInEditable(
  editor: HTMLElement,
  start: number,
  end: number,
  text: string,
  expected: string,
  before: string,
): Promise<boolean> {
  const doc = editor.ownerDocument;
  const read = () => readEditorText(editor);
  // Inside a shadow root the document's activeElement is the host: ask the editor's own root.
  const active = (editor.getRootNode() as Document | ShadowRoot).activeElement ?? doc.activeElement;
  if (active !== editor && !editor.contains(active)) editor.focus({ preventScroll: true });
  const settled = selectionSettled(doc);
  selectText(editor, start, end);
  await settled;
  // Multi-line text, and any text into an empty editor, goes in as a paste: an empty Draft.js
  // block holds only a placeholder <br>, and a native insertion there makes React 17 throw
  // (removeChild) and unmount the site's composer. Editors that ignore a synthetic paste fall
  // back to execCommand below.
  const viaPaste = text.includes('\n') || before === '';
  if (viaPaste) pastePlain(editor, text);
  else execInsert(doc, text);
  if (await settlesTo(read, expected)) return true;
  // Try the other path only when the first left the text untouched (never insert twice).
  if (read() !== before) return false;
  const again = selectionSettled(doc);
  selectText(editor, start, end);
  await again;
  if (viaPaste) execInsert(doc, text);
  else pastePlain(editor, text);
  return settlesTo(read, expected);
}

/**
 * Replaces [start, end) of the editor's plain text with text through its own input path, leaving
 * the caret after the inserted text. Resolves true when the editor then holds exactly the
 * expected text. Never throws.
 */
export async function replaceText(editor: HTMLElement, start: number, end: number, text: string): Promise<boolean> {
  try {
    const before = readEditorText(editor);
    let s = Math.max(0, Math.min(start, end, before.length));
    let e = Math.min(before.length, Math.max(start, end));
    const expected = before.slice(0, s) + text + before.slice(e);
    if (expected === before) return true;
    if (isTextField(editor)) return await replaceInField(editor, s, e, text, expected);
    let t = text;
    if (t === '') [s, e, t] = widenDeletion(before, s, e);
    return await replaceInEditable(editor, s, e, t, expected, before);
  } catch {
    return false;
  }
}
