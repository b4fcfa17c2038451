// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { editableText, mapText, offsetAt, rangeFor, readEditorText, shownText } from '../../lib/platforms/dom/text';
import { chromeLines, draftEditor, lexicalEditor, quillEditor, tiptapEditor } from './markup';

function editor(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.querySelector('[contenteditable="true"]') as HTMLElement;
}

afterEach(() => {
  document.body.innerHTML = '';
});

const LINES = ['Thanks for writing 🙏', '', 'DM us your order #'];
const TEXT = LINES.join('\n');

describe('editableText reads each editor the way the editor counts its text', () => {
  it.each([
    ['Draft.js blocks', draftEditor(LINES)],
    ['Lexical paragraphs', lexicalEditor(LINES, 'Write a comment…')],
    ['Quill paragraphs', quillEditor(LINES)],
    ['ProseMirror paragraphs with trailing breaks', tiptapEditor(LINES)],
    ['a plain contenteditable Chrome typed into', `<div contenteditable="true">${chromeLines(LINES)}</div>`],
  ])('%s', (_name, html) => {
    expect(editableText(editor(html))).toBe(TEXT);
  });

  it.each([
    [
      'Lexical line breaks inside a paragraph',
      '<div contenteditable="true"><p><span>one</span><br><span>two</span></p><p><span>three</span></p></div>',
      'one\ntwo\nthree',
    ],
    [
      'a trailing Lexical line break (and its placeholder <br>)',
      '<div contenteditable="true"><p><span>one</span><br><br></p></div>',
      'one\n',
    ],
    [
      'a ProseMirror hard break at the end of a paragraph',
      '<div contenteditable="true"><p>one<br><br class="ProseMirror-trailingBreak"></p></div>',
      'one\n',
    ],
    [
      'Draft.js soft newlines kept inside a block',
      '<div contenteditable="true"><div data-block="true"><span data-text="true">a\nb</span></div></div>',
      'a\nb',
    ],
    ['an empty editor', '<div contenteditable="true"><p><br></p></div>', ''],
    ['inline formatting', '<div contenteditable="true"><p>so <strong>very</strong> <em>sorry</em></p></div>', 'so very sorry'],
    [
      'Quill’s formatting cursor',
      '<div contenteditable="true"><p>ab<span class="ql-cursor"><span class="ql-cursor-inner">\uFEFF</span></span>c</p></div>',
      'abc',
    ],
    ['indentation between blocks in markup', '<div contenteditable="true">\n  <p>one</p>\n  <p>two</p>\n</div>', 'one\ntwo'],
  ])('%s', (_name, html, expected) => {
    expect(editableText(editor(html))).toBe(expected);
  });
});

describe('offsets map to DOM ranges and back', () => {
  it.each([
    ['Draft.js', draftEditor(LINES)],
    ['Lexical', lexicalEditor(LINES, 'x')],
    ['Quill', quillEditor(LINES)],
    ['ProseMirror', tiptapEditor(LINES)],
    ['Chrome lines', `<div contenteditable="true">${chromeLines(LINES)}</div>`],
  ])('%s: a range selects exactly the text of its span, across lines too', (_name, html) => {
    const root = editor(html);
    for (const [start, end] of [
      [0, 6],
      [7, 18],
      [TEXT.indexOf('DM'), TEXT.indexOf('DM') + 2],
      [10, TEXT.indexOf('order')],
      [TEXT.length, TEXT.length],
    ] as const) {
      const range = rangeFor(root, start, end);
      expect(offsetAt(root, range.startContainer, range.startOffset)).toBe(start);
      expect(offsetAt(root, range.endContainer, range.endOffset)).toBe(end);
    }
  });

  it('places an offset on an empty line at that line’s start', () => {
    const root = editor(quillEditor(['a', '', 'b']));
    const map = mapText(root);
    const range = rangeFor(root, 2, 2, map);
    expect(range.startContainer).toBe(root.querySelectorAll('p')[1]);
    expect(range.startOffset).toBe(0);
  });

  it('counts UTF-16 code units, like JavaScript strings', () => {
    const root = editor('<div contenteditable="true"><p>🙏 ok</p></div>');
    const range = rangeFor(root, 3, 5);
    expect(range.toString()).toBe('ok');
  });
});

describe('readEditorText', () => {
  it('reads a textarea’s value with \\n line ends', () => {
    document.body.innerHTML = '<textarea></textarea>';
    const ta = document.querySelector('textarea') as HTMLTextAreaElement;
    ta.value = 'one\r\ntwo';
    expect(readEditorText(ta)).toBe('one\ntwo');
  });
});

describe('shownText', () => {
  it('reads a post as shown: emoji images by alt text, whitespace tidied', () => {
    document.body.innerHTML = '<div id="t"><span>Third   time</span> <img alt="😡" src="data:,"><br>Really.</div>';
    expect(shownText(document.getElementById('t'))).toBe('Third time 😡\nReally.');
  });

  it('leaves out "See more" controls and screen-reader copies, keeps LinkedIn’s aria-hidden text spans', () => {
    document.body.innerHTML =
      '<div id="t"><span aria-hidden="true">Hiring in Lisbon</span><span class="visually-hidden">Hiring in Lisbon</span><div role="button">See more</div><button>…more</button></div>';
    expect(shownText(document.getElementById('t'))).toBe('Hiring in Lisbon');
  });
});
