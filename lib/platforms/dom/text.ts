/**
 * The plain text of an editor, as the editors themselves count it: one line per block element
 * (Draft.js block, Lexical/Quill/ProseMirror paragraph, a `<div>` Chrome made for a new line),
 * `<br>` as "\n" — except the placeholder `<br>` every editor keeps at the end of a block, which
 * is not text — and lines joined by "\n". Offsets are UTF-16 code units, like JavaScript strings,
 * and map both ways to DOM positions, so findings' spans can be selected and replaced.
 */

const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'TD',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

/** Elements whose content is not the user's text (Quill's formatting cursor, images, UI). */
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'IMG', 'SVG', 'svg', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA']);

function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName.toUpperCase());
}

function skipped(el: Element): boolean {
  return SKIP_TAGS.has(el.tagName) || SKIP_TAGS.has(el.tagName.toUpperCase()) || el.classList.contains('ql-cursor');
}

/** A run of text from one text node, starting at `start` in the plain text. */
interface Segment {
  node: Text;
  start: number;
}

/** A DOM position for the start of a line that has no text node (an empty paragraph). */
interface LinePoint {
  offset: number;
  container: Node;
  index: number;
}

/** An editor's plain text and where each part of it lives in the DOM. */
export interface TextMap {
  text: string;
  segments: Segment[];
  points: LinePoint[];
}

function indexIn(node: Node): number {
  const parent = node.parentNode;
  return parent ? Array.prototype.indexOf.call(parent.childNodes, node) : 0;
}

/** Whitespace between block elements (markup indentation), which is not text. */
function isInterBlockWhitespace(node: Text): boolean {
  if (!/^\s*$/.test(node.data) || !node.data.includes('\n')) return false;
  const parent = node.parentElement;
  if (!parent) return false;
  return Array.from(parent.children).some(isBlock);
}

/** Walks a contenteditable root and returns its plain text with a map back to the DOM. */
export function mapText(root: Node): TextMap {
  const lines: string[] = [];
  const segments: Segment[] = [];
  const points: LinePoint[] = [];
  let line: string | null = null;
  let openedByBreak = false;
  let openPoint = -1;
  let base = 0;

  const open = (container: Node, index: number) => {
    if (line !== null) return;
    line = '';
    openedByBreak = false;
    openPoint = points.push({ offset: base, container, index }) - 1;
  };
  const close = () => {
    if (line === null) return;
    if (line === '' && openedByBreak) {
      // The placeholder <br> at the end of a block: not a line of its own.
      points.splice(openPoint, 1);
    } else {
      lines.push(line);
      base += line.length + 1;
    }
    line = null;
  };

  const visit = (node: Node) => {
    if (node.nodeType === 3) {
      const text = node as Text;
      if (line === null && isInterBlockWhitespace(text)) return;
      open(text.parentNode ?? root, indexIn(text));
      const current: string = line ?? '';
      segments.push({ node: text, start: base + current.length });
      line = current + text.data;
      openedByBreak = false;
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (el.tagName.toUpperCase() === 'BR') {
      const parent = el.parentNode ?? root;
      const i = indexIn(el);
      open(parent, i);
      lines.push(line ?? '');
      base += (line ?? '').length + 1;
      line = '';
      openedByBreak = true;
      openPoint = points.push({ offset: base, container: parent, index: i + 1 }) - 1;
      return;
    }
    if (skipped(el)) return;
    const block = isBlock(el);
    if (block) close();
    for (let child = el.firstChild; child; child = child.nextSibling) visit(child);
    if (block) close();
  };

  for (let child = root.firstChild; child; child = child.nextSibling) visit(child);
  close();
  return { text: lines.join('\n'), segments, points };
}

/** The plain text of a contenteditable root (see the module comment). */
export function editableText(root: Node): string {
  return mapText(root).text;
}

/** The DOM position of a text offset: inside a text node when possible, else a line start. */
export function positionAt(map: TextMap, root: Node, offset: number): { node: Node; offset: number } {
  for (const seg of map.segments) {
    const end = seg.start + seg.node.data.length;
    if (offset >= seg.start && offset <= end) return { node: seg.node, offset: offset - seg.start };
  }
  for (const p of map.points) {
    if (p.offset === offset) return { node: p.container, offset: p.index };
  }
  return { node: root, offset: root.childNodes.length };
}

/** A DOM Range covering [start, end) of the root's plain text. */
export function rangeFor(root: Node, start: number, end: number, map: TextMap = mapText(root)): Range {
  const doc = root.ownerDocument ?? document;
  const range = doc.createRange();
  const [s, e] = start <= end ? [start, end] : [end, start];
  const a = positionAt(map, root, s);
  const b = positionAt(map, root, e);
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
}

/** The text offset of a DOM position inside root (e.g. the caret), or -1 when it is outside. */
export function offsetAt(root: Node, node: Node, offset: number, map: TextMap = mapText(root)): number {
  for (const seg of map.segments) if (seg.node === node) return seg.start + Math.min(offset, seg.node.data.length);
  for (const p of map.points) if (p.container === node && p.index === offset) return p.offset;
  if (!root.contains(node)) return -1;
  // An element position: count the text before it.
  const doc = root.ownerDocument ?? document;
  const probe = doc.createRange();
  probe.setStart(root, 0);
  probe.setEnd(node, offset);
  let best = 0;
  for (const seg of map.segments) {
    if (probe.comparePoint(seg.node, 0) <= 0 && probe.isPointInRange(seg.node, seg.node.data.length)) {
      best = Math.max(best, seg.start + seg.node.data.length);
    }
  }
  return best;
}

/** Whether el is a textarea or a text input (their text is their value). */
export function isTextField(el: Element): el is HTMLTextAreaElement | HTMLInputElement {
  const tag = el.tagName.toUpperCase();
  return tag === 'TEXTAREA' || (tag === 'INPUT' && /^(text|search|)$/i.test((el as HTMLInputElement).type));
}

/** The editor's plain text: a field's value, or the contenteditable's text as mapped above. */
export function readEditorText(editor: HTMLElement): string {
  if (isTextField(editor)) return editor.value.replace(/\r\n?/g, '\n');
  return editableText(editor);
}

/** Elements of a post that are not its text: controls, screen-reader copies, decoration. */
function notShown(el: Element, tag: string): boolean {
  if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE' || tag === 'BUTTON') return true;
  if (el.getAttribute('role') === 'button') return true; // "See more", "…more"
  if (el.classList.contains('visually-hidden') || el.classList.contains('sr-only')) return true;
  // LinkedIn shows text in aria-hidden spans (with a visually-hidden copy): keep spans.
  return el.getAttribute('aria-hidden') === 'true' && tag !== 'SPAN';
}

/** Text of a post as the page shows it (emoji images by their alt text), whitespace tidied. */
export function shownText(el: Element | null | undefined): string {
  if (!el) return '';
  let out = '';
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      out += (node as Text).data;
      return;
    }
    if (node.nodeType !== 1) return;
    const child = node as Element;
    const tag = child.tagName.toUpperCase();
    if (tag === 'IMG') out += child.getAttribute('alt') ?? '';
    else if (tag === 'BR') out += '\n';
    else if (!notShown(child, tag)) {
      if (BLOCK_TAGS.has(tag) && out && !out.endsWith('\n')) out += '\n';
      for (let c = child.firstChild; c; c = c.nextSibling) walk(c);
    }
  };
  walk(el);
  return out
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
