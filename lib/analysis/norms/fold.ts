/**
 * Where each network cuts a post behind "see more", by lines as the reader sees them: LinkedIn
 * about three lines on desktop (two when the third is blank), Facebook ~477 characters on desktop
 * and ~125 on mobile (and a few lines either way), Instagram ~125 characters (two lines), X
 * Premium long posts ~280. One pure model, used by the see-more check, the composer card's fold
 * preview and adapt().
 */
import type { Kind, Platform } from '../schemas';
import { extractEntities } from '../text/entities';
import { splitLines } from './shared';
import { measureX } from './x-length';

export type Device = 'desktop' | 'mobile' | 'all';

/** How one network shows the start of a post on one kind of screen. */
export interface FoldModel {
  device: Device;
  /** Characters of an average line (wide characters — CJK, emoji — count 2). */
  width: number;
  /** Lines shown before "see more". */
  lines: number;
  /** Most characters shown, whatever the lines. */
  chars: number;
  /** LinkedIn: when the third line is blank, only two are shown. */
  blankLastLineHides: boolean;
  /** X Premium: the fold is ~280 characters as X weighs them (links 23, emoji and CJK 2). */
  weighted: boolean;
}

/** What the reader sees of a text on one screen. */
export interface Fold {
  device: Device;
  /** The UTF-16 offset where the visible part ends (text.length when nothing is hidden). */
  end: number;
  /** True when some of the text (not just whitespace) is behind "see more". */
  folded: boolean;
  /** The model's character budget, for messages ("~210 characters"). */
  chars: number;
  /** The model's lines, for messages ("about 3 lines"); 0 when it folds by characters only. */
  lines: number;
}

const model = (device: Device, width: number, lines: number, chars: number, blankLastLineHides = false, weighted = false): FoldModel => ({
  device,
  width,
  lines,
  chars,
  blankLastLineHides,
  weighted,
});

const MODELS: Record<Platform, readonly FoldModel[]> = {
  linkedin: [model('desktop', 70, 3, 210, true), model('mobile', 47, 3, 140, true)],
  facebook: [model('desktop', 80, 6, 477), model('mobile', 42, 3, 125)],
  instagram: [model('all', 63, 2, 125)],
  x: [],
};
const X_PREMIUM = [model('all', Infinity, Infinity, 280, false, true)];

/** The fold models that apply to a draft: posts only, and on X only with Premium. */
export function foldModels(platform: Platform, kind: Kind, xPremium = false): readonly FoldModel[] {
  if (platform === 'x') return xPremium ? X_PREMIUM : [];
  return kind === 'post' ? MODELS[platform] : [];
}

/** Emoji, CJK and other wide characters take about two columns. */
const WIDE = /[\p{Extended_Pictographic}\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/uy;
/** What extends the character before it: accents, variation selectors, skin tones, tag characters. */
const EXTEND = /[\p{M}\uFE0E\uFE0F\u{E0020}-\u{E007F}]|\p{Emoji_Modifier}/uy;
const ZWJ = 0x200d;
const isRegional = (cp: number) => cp >= 0x1f1e6 && cp <= 0x1f1ff;
const size = (cp: number) => (cp > 0xffff ? 2 : 1);

/**
 * Where the user-perceived character at `i` ends: a code point with its accents, emoji
 * modifiers and ZWJ-joined parts, or a flag's two regional indicators. (The grapheme rules
 * without Intl.Segmenter's cost per character: this runs on every keystroke.)
 */
function clusterEnd(text: string, i: number): number {
  const first = text.codePointAt(i)!;
  let next = i + size(first);
  if (isRegional(first) && next < text.length && isRegional(text.codePointAt(next)!)) return next + 2;
  while (next < text.length) {
    const code = text.charCodeAt(next);
    if (code < 0x300) break; // Latin and ASCII: nothing combines (a fast path for most text)
    EXTEND.lastIndex = next;
    if (EXTEND.test(text)) {
      next += size(text.codePointAt(next)!);
      continue;
    }
    if (text.charCodeAt(next) === ZWJ && next + 1 < text.length) {
      next += 1 + size(text.codePointAt(next + 1)!);
      continue;
    }
    break;
  }
  return next;
}

function widthAt(text: string, i: number): number {
  if (text.charCodeAt(i) < 0x1100) return 1;
  WIDE.lastIndex = i;
  return WIDE.test(text) ? 2 : 1;
}

/**
 * Walks text[from..to) by characters, adding each one's cost, and returns where the budget is
 * used up (before the character that would pass it) and how much was used.
 */
function walk(
  text: string,
  from: number,
  to: number,
  budget: number,
  cost: (at: number, end: number) => number,
): { at: number; used: number } {
  let used = 0;
  let at = from;
  while (at < to) {
    const end = clusterEnd(text, at);
    const c = cost(at, end);
    if (used + c > budget) return { at, used: used + c };
    used += c;
    at = end;
  }
  return { at: Math.min(at, to), used };
}

const columns = (text: string) => (at: number) => widthAt(text, at);
const codePoints = (text: string) => (at: number, end: number) => {
  let n = 0;
  for (let i = at; i < end; i += size(text.codePointAt(i)!)) n++;
  return n;
};

const isBlank = (text: string, from: number, to: number) => text.slice(from, to).trim() === '';

/** Where the visible part of `text` ends under one model. */
export function foldEnd(text: string, m: FoldModel): number {
  if (m.weighted) return measureX(text, m.chars, extractEntities(text).urls).cut ?? text.length;
  const lead = text.length - text.trimStart().length;
  const capEnd = walk(text, lead, text.length, m.chars, codePoints(text)).at;
  let used = 0;
  let previousEnd = lead;
  for (const line of splitLines(text)) {
    if (line.end < lead) continue;
    const start = Math.max(line.start, lead);
    if (start >= capEnd) return previousEnd;
    const blank = isBlank(text, start, line.end);
    if (blank && m.blankLastLineHides && used === m.lines - 1) return previousEnd;
    const room = (m.lines - used) * m.width;
    const seen = blank ? { at: line.end, used: 0 } : walk(text, start, line.end, room, columns(text));
    if (seen.used > room) return Math.min(capEnd, seen.at);
    used += Math.max(1, Math.ceil(seen.used / m.width));
    if (line.end >= capEnd) return capEnd;
    previousEnd = line.end;
    if (used >= m.lines) return line.end;
  }
  return text.length;
}

/** What the reader sees of `text` on each screen where the network folds this kind of draft. */
export function foldsOf(text: string, platform: Platform, kind: Kind, xPremium = false): Fold[] {
  return foldModels(platform, kind, xPremium).map((m) => {
    const end = foldEnd(text, m);
    return {
      device: m.device,
      end,
      folded: !isBlank(text, end, text.length),
      chars: m.chars,
      lines: Number.isFinite(m.lines) ? m.lines : 0,
    };
  });
}
