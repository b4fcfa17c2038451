/**
 * Finding thread markers ("1/5", "(1/5)", "1/", 🧵, "a thread 👇") at the start or end of lines,
 * without taking dates (1/5/2026), fractions ("1/2 cup", "3/4 of users") or ratings ("Taste: 4/5").
 */
import type { Span } from '../schemas';
import type { Cut } from './removal';
import type { Line } from './shared';

/** One marker: what to highlight and what the fix removes (the marker and its separators). */
export interface ThreadMarker {
  span: Span;
  cut: Cut;
}

interface Candidate extends ThreadMarker {
  /** Strong markers count alone; a weak one ("1/5 Here's…", maybe a date) needs another marker. */
  strong: boolean;
  /** Weak candidates only: the thread's length. */
  total?: number;
}

const ARROW = '(?:👇|⬇️?|⤵️?|↓)';
const LEAD_BRACKET = /[([](\d{1,2})\/(\d{1,2})[)\]]/y;
const LEAD_FRACTION = /(\d{1,2})\/(\d{1,2}|n)?(?![\d/\p{L}])/uy;
const LEAD_EMOJI = new RegExp(`🧵(?:[ \\t]*${ARROW})?`, 'uy');
const LEAD_WORD = new RegExp(`(?:a[ \\t]+)?thread(?:[ \\t]*(?::|${ARROW}|🧵)+|[ \\t]*$)`, 'iuy');
const LEAD_SEPARATORS = /[ \t]*[:.|\-–—]*[ \t]*/y;

const TAIL_BRACKET = /[([](\d{1,2})\/(\d{1,2})[)\]]$/;
const TAIL_FRACTION = /(?<![\d/\p{L}\p{N}])(\d{1,2})\/(\d{1,2}|n)?$/u;
const TAIL_EMOJI = new RegExp(`🧵(?:[ \\t]*${ARROW})?$`, 'u');
const TAIL_WORD = new RegExp(`(?<![\\p{L}\\p{N}])(?:a[ \\t]+)?thread[ \\t]*(?:${ARROW}|🧵)+$`, 'iu');
/** "— a thread", "(a thread)": only after a separator or an emoji, not "I started a thread." */
const TAIL_A_THREAD = /(?<![\p{L}\p{N}])\(?a[ \t]+thread\)?[.:…]?$/iu;
const AFTER_SEPARATOR = /(?:^|[,:;|\-–—(\p{Extended_Pictographic}\uFE0F])[ \t]*$/u;
const TAIL_SEPARATORS = /[ \t,;:|\-–—]*$/;
const MAYBE_MID = /thread|🧵/i;
const MID = new RegExp(`(?<![\\p{L}\\p{N}])(?:a[ \\t]+)?thread[ \\t]*(?:${ARROW}|🧵)+|🧵[ \\t]*${ARROW}`, 'giu');

/** Before a trailing "1/5": the end of a sentence or an emoji, not a word or "Taste:" (a rating). */
const ENDS_SENTENCE = /[.!?…)\]"”'’\p{Extended_Pictographic}\uFE0F]$/u;
/** Stars before "4/5" make it a rating. */
const STAR = /[⭐🌟★☆]\uFE0F?$/u;
/** After a leading "1/5": the start of a sentence, not "1/2 cup". */
const STARTS_SENTENCE = /^[ \t]+["“'‘]?[\p{Lu}\p{Extended_Pictographic}]/u;

const isBlank = (ch: string | undefined) => ch === ' ' || ch === '\t' || ch === '\r';

/** A post number and total that could be a thread's: 1 ≤ n ≤ m, m ≥ 2 ("n" stands for unknown). */
function plausible(n: string, m: string | undefined): boolean {
  const a = Number(n);
  if (a < 1) return false;
  if (m === undefined || m === 'n') return a <= 30;
  const b = Number(m);
  return b >= 2 && a <= b;
}

/** The thread markers of a text, scanning its lines. */
export function findThreadMarkers(text: string, lines: readonly Line[]): ThreadMarker[] {
  const found: Candidate[] = [];
  for (const line of lines) {
    let pos = line.start;
    let end = line.end;
    while (pos < end && isBlank(text[pos])) pos++;
    while (end > pos && isBlank(text[end - 1])) end--;
    if (pos === end) continue;
    pos = leading(text, pos, end, found);
    end = trailing(text, pos, end, found);
    if (end > pos) middle(text, pos, end, found);
  }
  const anyStrong = found.some((c) => c.strong);
  return found
    .filter((c) => c.strong || anyStrong || found.some((o) => o !== c && o.total === c.total))
    .map(({ span, cut }) => ({ span, cut }))
    .sort((a, b) => a.span.start - b.span.start);
}

function sticky(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** Takes markers off the start of a line; returns where its text begins. */
function leading(text: string, pos: number, end: number, out: Candidate[]): number {
  for (;;) {
    const line = text.slice(0, end);
    let m: RegExpExecArray | null;
    let candidate: Omit<Candidate, 'cut'> | null = null;
    if ((m = sticky(LEAD_BRACKET, line, pos)) && plausible(m[1]!, m[2])) candidate = { span: span(m), strong: true };
    else if ((m = sticky(LEAD_FRACTION, line, pos)) && plausible(m[1]!, m[2])) {
      const after = m.index + m[0].length;
      if (m[2] === undefined || m[2] === 'n') candidate = isBlank(line[after]) || after === end ? { span: span(m), strong: true } : null;
      // Alone on its line or opening a sentence, "1/5" may still be a date: it needs another marker.
      else if (after === end || STARTS_SENTENCE.test(line.slice(after, after + 8))) {
        candidate = { span: span(m), strong: false, total: Number(m[2]) };
      }
    } else if ((m = sticky(LEAD_EMOJI, line, pos)) || (m = sticky(LEAD_WORD, line, pos))) {
      candidate = { span: span(m), strong: true };
    }
    if (!candidate) return pos;
    const sep = sticky(LEAD_SEPARATORS, line, candidate.span.end)!;
    const next = candidate.span.end + sep[0].length;
    out.push({ ...candidate, cut: { start: candidate.span.start, end: next } });
    if (next >= end) return end;
    pos = next;
  }
}

/** Takes markers off the end of a line; returns where its text ends. */
function trailing(text: string, pos: number, end: number, out: Candidate[]): number {
  while (end > pos) {
    const from = Math.max(pos, end - 40);
    const tail = text.slice(from, end);
    let m: RegExpExecArray | null;
    let ok = false;
    let total: number | undefined;
    if ((m = TAIL_BRACKET.exec(tail)) && plausible(m[1]!, m[2])) ok = true;
    else if ((m = TAIL_FRACTION.exec(tail)) && plausible(m[1]!, m[2])) {
      ok = fractionEndsLine(text, pos, from + m.index, m[2]);
      // "…here is how. 1/5" opens a thread; "Great coffee. 5/5" may be a rating, so it needs company.
      if (m[2] !== undefined && m[2] !== 'n' && !(m[1] === '1' && Number(m[2]) >= 3)) total = Number(m[2]);
    } else if ((m = TAIL_EMOJI.exec(tail)) || (m = TAIL_WORD.exec(tail))) ok = true;
    else if ((m = TAIL_A_THREAD.exec(tail))) {
      ok = m[0].startsWith('(') || AFTER_SEPARATOR.test(text.slice(Math.max(pos, from + m.index - 8), from + m.index));
    }
    if (!m || !ok) return end;
    const start = from + m.index;
    const sep = TAIL_SEPARATORS.exec(text.slice(Math.max(pos, start - 20), start))!;
    const cutStart = start - sep[0].length;
    out.push({ span: { start, end }, cut: { start: cutStart, end }, strong: total === undefined, total });
    end = cutStart;
    while (end > pos && isBlank(text[end - 1])) end--;
  }
  return end;
}

/** A "1/5" or "1/" ending a line counts when it stands alone or follows a sentence's end or an emoji. */
function fractionEndsLine(text: string, pos: number, start: number, total: string | undefined): boolean {
  if (start === pos) return true;
  if (!isBlank(text[start - 1])) return false;
  if (total === undefined || total === 'n') return true;
  let p = start - 1;
  while (p > pos && isBlank(text[p - 1])) p--;
  const before = text.slice(Math.max(pos, p - 2), p);
  return ENDS_SENTENCE.test(before) && !STAR.test(before);
}

/** "thread 👇" or "🧵👇" inside a line. */
function middle(text: string, pos: number, end: number, out: Candidate[]): void {
  const part = text.slice(pos, end);
  if (!MAYBE_MID.test(part)) return;
  for (const m of part.matchAll(MID)) {
    const start = pos + m.index;
    out.push({ span: { start, end: start + m[0].length }, cut: { start, end: start + m[0].length }, strong: true });
  }
}

function span(m: RegExpExecArray): Span {
  return { start: m.index, end: m.index + m[0].length };
}
