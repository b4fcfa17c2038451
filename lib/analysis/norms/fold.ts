/**
 * Where each network cuts a post behind "see more", by lines as the reader sees them: LinkedIn
 * about three lines on desktop (two when the third is blank), Facebook ~477 characters on desktop
 * and ~125 on mobile (and a few lines either way), Instagram ~125 characters (two lines), X
 * Premium long posts ~280. One pure model, used by the see-more check, the composer card's fold
 * preview and adapt().
 */
import type { Kind, Platform } from '../schemas';
import { extractEntities } from '../text/entities';
import { graphemes } from '../text/segment';
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
  /** The model's lines, for messages ("about 3 lines"). */
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
const WIDE = /[\p{Extended_Pictographic}\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
const widthOf = (g: string) => (WIDE.test(g) ? 2 : 1);

/** The offset where `columns` columns of text[from..to) are used up, by graphemes (to when they are not). */
function offsetAtColumns(text: string, from: number, to: number, columns: number): number {
  let used = 0;
  let at = from;
  for (const g of graphemes(text.slice(from, to))) {
    used += widthOf(g);
    if (used > columns) return at;
    at += g.length;
  }
  return to;
}

function columnsOf(text: string, from: number, to: number, cap: number): number {
  let used = 0;
  for (const g of graphemes(text.slice(from, Math.min(to, from + cap * 2 + 2)))) {
    used += widthOf(g);
    if (used > cap) break;
  }
  return used;
}

const isBlank = (text: string, from: number, to: number) => text.slice(from, to).trim() === '';

/** Where the visible part of `text` ends under one model. */
export function foldEnd(text: string, m: FoldModel): number {
  if (m.weighted) return measureX(text, m.chars, extractEntities(text).urls).cut ?? text.length;
  const lead = text.length - text.trimStart().length;
  const capEnd = Math.min(text.length, offsetAtChars(text, lead, m.chars));
  let used = 0;
  let previousEnd = lead;
  for (const line of splitLines(text)) {
    if (line.end < lead) continue;
    const start = Math.max(line.start, lead);
    if (start >= capEnd) return previousEnd;
    const blank = isBlank(text, start, line.end);
    if (blank && m.blankLastLineHides && used === m.lines - 1) return previousEnd;
    const columns = blank ? 0 : columnsOf(text, start, line.end, m.width * (m.lines - used));
    const rows = Math.max(1, Math.ceil(columns / m.width));
    if (used + rows > m.lines) return Math.min(capEnd, offsetAtColumns(text, start, line.end, (m.lines - used) * m.width));
    used += rows;
    if (line.end >= capEnd) return capEnd;
    previousEnd = line.end;
    if (used >= m.lines) return line.end;
  }
  return text.length;
}

/** The UTF-16 offset after at most `chars` characters from `from`, never inside a grapheme. */
function offsetAtChars(text: string, from: number, chars: number): number {
  let at = from;
  let used = 0;
  for (const g of graphemes(text.slice(from, from + chars * 2 + 2))) {
    used += Array.from(g).length;
    if (used > chars) return at;
    at += g.length;
  }
  return at;
}

/** What the reader sees of `text` on each screen where the network folds this kind of draft. */
export function foldsOf(text: string, platform: Platform, kind: Kind, xPremium = false): Fold[] {
  return foldModels(platform, kind, xPremium).map((m) => {
    const end = foldEnd(text, m);
    return { device: m.device, end, folded: !isBlank(text, end, text.length), chars: m.chars, lines: m.lines };
  });
}
