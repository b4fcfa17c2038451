/**
 * Sentences, words and graphemes through Intl.Segmenter (Unicode's own break rules), so Hindi
 * "।", CJK "。", Arabic "؟", Thai and Japanese text split where a reader would split them. The
 * segmenters are built once; a fixed locale keeps results the same on every machine.
 */
import type { Span } from '../schemas';

const LOCALE = 'en';
let sentenceSegmenter: Intl.Segmenter | undefined;
let wordSegmenter: Intl.Segmenter | undefined;
let graphemeSegmenter: Intl.Segmenter | undefined;

const sentenceSeg = () => (sentenceSegmenter ??= new Intl.Segmenter(LOCALE, { granularity: 'sentence' }));
const wordSeg = () => (wordSegmenter ??= new Intl.Segmenter(LOCALE, { granularity: 'word' }));
const graphemeSeg = () => (graphemeSegmenter ??= new Intl.Segmenter(LOCALE, { granularity: 'grapheme' }));

/** A word as the segmenter reads it, with its UTF-16 span. */
export interface Word extends Span {
  text: string;
}

const SPACE_AT_END = /\s+$/u;

/**
 * The sentences of a text: spans without the whitespace that follows each one (a line break ends
 * a sentence too). Blank stretches are left out.
 */
export function sentences(text: string): Span[] {
  const out: Span[] = [];
  for (const s of sentenceSeg().segment(text)) {
    const trimmed = s.segment.replace(SPACE_AT_END, '');
    if (trimmed.trim() === '') continue;
    const lead = trimmed.length - trimmed.trimStart().length;
    out.push({ start: s.index + lead, end: s.index + trimmed.length });
  }
  return out;
}

/** Where the first sentence of `text` ends (after its closing mark), or the text's end. */
export function firstSentenceEnd(text: string): number {
  for (const s of sentenceSeg().segment(text)) {
    if (s.segment.trim() === '') continue;
    return s.index + s.segment.replace(SPACE_AT_END, '').length;
  }
  return text.length;
}

/** The word-like segments of a text (letters, digits, ideographs; not spaces, punctuation or emoji). */
export function words(text: string): Word[] {
  const out: Word[] = [];
  for (const s of wordSeg().segment(text)) {
    if (s.isWordLike) out.push({ start: s.index, end: s.index + s.segment.length, text: s.segment });
  }
  return out;
}

/**
 * Offsets where a text may be cut without splitting a word or a grapheme: the word segmenter's
 * boundaries (so CJK and Thai cut between words, Latin between a word and a space).
 */
export function isWordBoundary(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return true;
  // Only the words around the offset matter: segment a window around it.
  const from = Math.max(0, offset - 64);
  const window = text.slice(from, Math.min(text.length, offset + 64));
  for (const s of wordSeg().segment(window)) {
    const at = from + s.index;
    if (at === offset) return true;
    if (at > offset) return false;
  }
  return false;
}

/** The grapheme clusters (user-perceived characters: an emoji with its modifiers, a letter with its accents). */
export function graphemes(text: string): string[] {
  return Array.from(graphemeSeg().segment(text), (s) => s.segment);
}

/** The last grapheme boundary at or before `offset`. */
export function graphemeFloor(text: string, offset: number): number {
  if (offset <= 0) return 0;
  if (offset >= text.length) return text.length;
  const from = Math.max(0, offset - 32);
  let best = from;
  for (const s of graphemeSeg().segment(text.slice(from, Math.min(text.length, offset + 32)))) {
    const at = from + s.index;
    if (at > offset) break;
    best = at;
  }
  return best;
}
