/** Finding Markdown that the four networks show as typed symbols, with edits that strip it. */
import type { Edit, Span } from '../schemas';

/** The kinds of Markdown found, as named in messages. */
export type MarkdownKind = 'bold' | 'heading' | 'link' | 'code' | 'italic';

/** One piece of Markdown: what it covers and the edits that keep only its words. */
export interface MarkdownMark {
  kind: MarkdownKind;
  span: Span;
  edits: Edit[];
}

const BOLD_STARS = /\*\*([^\s*](?:[^*\n]{0,500}?[^\s*])?)\*\*/g;
const BOLD_UNDERSCORES = /(?<![\p{L}\p{N}_])__([^\s_](?:[^_\n]{0,500}?[^\s_])?)__(?![\p{L}\p{N}_])/gu;
const HEADING = /^([ \t]{0,3}#{1,6}[ \t]+)(?=\S)(?!of\b)/gim;
const LINK = /\[([^[\]\n]{1,300})\]\(((?:https?:\/\/|www\.)[^\s()]{1,2000}|[^\s().]{1,200}\.[^\s()]{2,2000})\)/g;
const CODE = /`([^`\n]{1,300})`/g;
const ITALIC = /(?<![\p{L}\p{N}*\\])\*([^\s*](?:[^*\n]{0,300}?[^\s*])?)\*(?![\p{L}\p{N}*])/gu;

/** Enough to make the point and fix a pasted text; more is not worth the time. */
const MAX_MARKS = 200;

/** Code-like words such as __init__ are left alone. */
const IDENTIFIER = /^[a-z0-9_]+$/;

/**
 * The Markdown of a text. Bold, headings and links count alone; `code` and *italic* are common
 * plain-text habits, so they are only reported next to one of the others.
 */
export function findMarkdown(text: string): MarkdownMark[] {
  const marks: MarkdownMark[] = [];
  const taken: Span[] = [];
  const add = (kind: MarkdownKind, start: number, end: number, edits: Edit[]) => {
    if (marks.length >= MAX_MARKS || taken.some((t) => start < t.end && t.start < end)) return;
    taken.push({ start, end });
    marks.push({ kind, span: { start, end }, edits });
  };
  if (text.includes('](')) {
    for (const m of text.matchAll(LINK)) {
      const [whole, label, url] = m as unknown as [string, string, string];
      const name = label.trim().replace(/[\s:]+$/, '');
      const words = name === url || name === url.replace(/^https?:\/\//, '') ? url : `${name}: ${url}`;
      add('link', m.index, m.index + whole.length, [{ start: m.index, end: m.index + whole.length, text: words }]);
    }
  }
  if (text.includes('**')) for (const m of text.matchAll(BOLD_STARS)) add('bold', ...unwrap(m, 2));
  if (text.includes('__')) {
    for (const m of text.matchAll(BOLD_UNDERSCORES)) if (!IDENTIFIER.test(m[1]!)) add('bold', ...unwrap(m, 2));
  }
  if (text.includes('#')) {
    for (const m of text.matchAll(HEADING)) {
      const lead = m[1]!;
      const hashes = lead.indexOf('#');
      add('heading', m.index + hashes, m.index + lead.length, [{ start: m.index + hashes, end: m.index + lead.length, text: '' }]);
    }
  }
  if (marks.length === 0) return [];
  if (text.includes('`')) for (const m of text.matchAll(CODE)) add('code', ...unwrap(m, 1));
  if (text.includes('*')) for (const m of text.matchAll(ITALIC)) add('italic', ...unwrap(m, 1));
  return marks.sort((a, b) => a.span.start - b.span.start);
}

/** Span and edits that drop `size` delimiter characters on each side of a match. */
function unwrap(m: RegExpMatchArray, size: number): [number, number, Edit[]] {
  const start = m.index!;
  const end = start + m[0].length;
  return [
    start,
    end,
    [
      { start, end: start + size, text: '' },
      { start: end - size, end, text: '' },
    ],
  ];
}
