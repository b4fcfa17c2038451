/** Tidy deletions for fixes: remove pieces of text without leaving double spaces or empty lines. */
import type { Edit } from '../schemas';
import { splitLines } from './shared';

/** A piece of text to delete, [start, end). */
export interface Cut {
  start: number;
  end: number;
}

const isBlank = (ch: string) => ch === ' ' || ch === '\t' || ch === '\r' || ch === '\u00a0';
const isSpace = (ch: string) => isBlank(ch) || ch === '\n';

/**
 * Edits that delete the cuts and the whitespace they leave behind: a line left empty is removed
 * with its line break (a trailing one with the blank lines before it); otherwise the space before
 * the cut goes (or the one after it at the start of a line). Extra edits (e.g. dropping a '#')
 * are merged in; overlapping edits are dropped, keeping the first.
 */
export function tidyCuts(text: string, cuts: readonly Cut[], extra: readonly Edit[] = []): Edit[] {
  const sorted = cuts.filter((c) => c.end > c.start).sort((a, b) => a.start - b.start);
  const edits: Edit[] = [...extra];
  let i = 0;
  for (const line of splitLines(text)) {
    const mine: Cut[] = [];
    for (; i < sorted.length && sorted[i]!.start < line.end; i++) {
      if (sorted[i]!.start >= line.start) mine.push({ ...sorted[i]! });
    }
    if (mine.length === 0) continue;
    const merged = mergeAcrossBlanks(text, mine);
    if (leavesLineBlank(text, line, merged)) edits.push(removeLine(text, line.start, line.end));
    else for (const cut of merged) edits.push(widen(text, line.start, line.end, cut));
  }
  return normalizeEdits(edits);
}

/** Joins cuts separated only by spaces, so "#a #b" goes as one piece. */
function mergeAcrossBlanks(text: string, cuts: Cut[]): Cut[] {
  const out: Cut[] = [];
  for (const cut of cuts) {
    const last = out[out.length - 1];
    if (last && onlyBlanks(text, last.end, cut.start)) last.end = Math.max(last.end, cut.end);
    else out.push(cut);
  }
  return out;
}

function onlyBlanks(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isBlank(text[k]!)) return false;
  return true;
}

function leavesLineBlank(text: string, line: Cut, cuts: Cut[]): boolean {
  let at = line.start;
  for (const cut of cuts) {
    if (!onlyBlanks(text, at, cut.start)) return false;
    at = Math.max(at, cut.end);
  }
  return onlyBlanks(text, at, line.end);
}

/** The edit that removes a whole line, keeping the line breaks that came before it. */
function removeLine(text: string, start: number, end: number): Edit {
  let after = end;
  let lastBreak = -1;
  for (; after < text.length && isSpace(text[after]!); after++) if (text[after] === '\n') lastBreak = after;
  if (after === text.length) {
    // The last line with content: also drop the whitespace and blank lines before it.
    let before = start;
    while (before > 0 && isSpace(text[before - 1]!)) before--;
    return { start: before, end: text.length, text: '' };
  }
  return { start, end: lastBreak + 1, text: '' };
}

/** Extends a cut over the spaces after it when it starts its line, else over the spaces before it. */
function widen(text: string, lineStart: number, lineEnd: number, cut: Cut): Edit {
  let before = cut.start;
  while (before > lineStart && isBlank(text[before - 1]!)) before--;
  let after = cut.end;
  while (after < lineEnd && isBlank(text[after]!)) after++;
  if (before === lineStart) return { start: cut.start, end: after, text: '' };
  return { start: before, end: cut.end, text: '' };
}

/** Sorts edits and drops any that overlap an earlier one; merges touching deletions. */
export function normalizeEdits(edits: readonly Edit[]): Edit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Edit[] = [];
  for (const edit of sorted) {
    const last = out[out.length - 1];
    if (last && edit.start < last.end) {
      if (last.text === '' && edit.text === '' && edit.end > last.end) last.end = edit.end;
      continue;
    }
    if (last && edit.start === last.end && last.text === '' && edit.text === '' && edit.start !== edit.end) {
      last.end = edit.end;
      continue;
    }
    out.push({ ...edit });
  }
  return out;
}
