/**
 * Splitting a long X draft into a numbered thread: parts end at sentence boundaries where they
 * can, else between words (never inside a word or a URL), and each part with its "k/n" fits
 * X's 280 weighted characters as twitter-text counts them.
 */
import twitter, { type ParseTweetOptions } from 'twitter-text';
import { extractEntities } from '../text/entities';
import { graphemes, sentences, words } from '../text/segment';

const V3 = (twitter as unknown as { configs: { defaults: Required<ParseTweetOptions> } }).configs.defaults;

/** X's weighted length of a text (links 23, emoji and CJK 2). */
export function weightOf(text: string): number {
  return twitter.parseTweet(text, V3).weightedLength;
}

/** A piece of the text that stays whole in a part, with the whitespace before it. */
interface Piece {
  lead: string;
  text: string;
}

/** Sentences first; a sentence too long for a part is cut between words, a URL never. */
function pieces(text: string, budget: number): Piece[] {
  const out: Piece[] = [];
  let at = 0;
  for (const s of sentences(text)) {
    const lead = text.slice(at, s.start);
    const sentence = text.slice(s.start, s.end);
    at = s.end;
    if (weightOf(sentence) <= budget) out.push({ lead, text: sentence });
    else wordPieces(sentence, budget).forEach((p, i) => out.push(i === 0 ? { ...p, lead } : p));
  }
  return out;
}

/** Scripts written without spaces between words: cut between the segmenter's words there. */
const NO_SPACE_SCRIPT =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/** Where a sentence may be cut: after spaces, or between words of a script without spaces; never in a URL. */
function cutPoints(sentence: string): number[] {
  const urls = extractEntities(sentence).urls;
  const inUrl = (i: number) => urls.some((u) => i > u.start && i < u.end);
  const cuts = new Set<number>();
  for (let i = 1; i < sentence.length; i++) {
    if (/\s/u.test(sentence[i - 1]!) && !/\s/u.test(sentence[i]!) && !inUrl(i)) cuts.add(i);
  }
  for (const w of words(sentence)) {
    const before = sentence[w.start - 1];
    if (w.start > 0 && before && NO_SPACE_SCRIPT.test(before) && NO_SPACE_SCRIPT.test(w.text) && !inUrl(w.start)) cuts.add(w.start);
  }
  return [...cuts].sort((a, b) => a - b);
}

/** A sentence as words (URLs whole), each with the spaces before it. */
function wordPieces(sentence: string, budget: number): Piece[] {
  const out: Piece[] = [];
  let from = 0;
  let lead = '';
  for (const end of [...cutPoints(sentence), sentence.length]) {
    const chunk = sentence.slice(from, end);
    from = end;
    if (!chunk) continue;
    const body = chunk.trimEnd();
    // A word longer than a whole part (a run of emoji, say) is cut between graphemes.
    if (weightOf(body) > budget) graphemeRuns(body, budget).forEach((g, i) => out.push({ lead: i === 0 ? lead : '', text: g }));
    else out.push({ lead, text: body });
    lead = chunk.slice(body.length);
  }
  return out;
}

function graphemeRuns(text: string, budget: number): string[] {
  const out: string[] = [];
  let run = '';
  for (const g of graphemes(text)) {
    if (run && weightOf(run + g) > budget) {
      out.push(run);
      run = '';
    }
    run += g;
  }
  if (run) out.push(run);
  return out;
}

/** The "k/n" marker appended to each part. */
const marker = (k: number, n: number) => ` ${k}/${n}`;

/**
 * The draft as one post when it fits `limit`, else as numbered parts that each fit. Returns the
 * parts without their markers' leading spaces.
 */
export function splitThread(text: string, limit = 280): string[] {
  const trimmed = text.trim();
  if (weightOf(trimmed) <= limit) return [trimmed];
  // The markers' width depends on the count: try until the count is stable.
  let n = 2;
  for (let attempt = 0; attempt < 4; attempt++) {
    const budget = limit - weightOf(marker(n, n));
    const parts = pack(pieces(trimmed, budget), budget);
    if (String(parts.length).length <= String(n).length) return parts.map((p, i) => `${p}${marker(i + 1, parts.length)}`);
    n = parts.length;
  }
  const budget = limit - weightOf(marker(n * 10, n * 10));
  const parts = pack(pieces(trimmed, budget), budget);
  return parts.map((p, i) => `${p}${marker(i + 1, parts.length)}`);
}

function pack(list: Piece[], budget: number): string[] {
  const parts: string[] = [];
  let current = '';
  for (const piece of list) {
    const candidate = current ? current + piece.lead + piece.text : piece.text;
    if (current && weightOf(candidate) > budget) {
      parts.push(current.trimEnd());
      current = piece.text;
    } else current = candidate;
  }
  if (current.trim()) parts.push(current.trimEnd());
  return parts;
}
