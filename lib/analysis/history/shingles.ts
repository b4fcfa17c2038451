/**
 * Text fingerprints for near-duplicate lookup: a text becomes a sorted set of 32-bit word-bigram
 * hashes ("shingles") that ignores what differs when one message is adapted for another network —
 * case, spacing, punctuation, emoji, links, @mentions, thread markers and the hashtag block at the
 * end — so the same words score the same wherever they were posted.
 */
import { fnv1a32 } from '../../util/hash';

/**
 * Candidate tokens: links with a scheme or www., then runs of letters, digits and marks that may
 * carry a leading # or @ and inner joiners (don't, acme.com, well-known, acme.com/flow, 1/5).
 */
const TOKEN_RE = /https?:\/\/\S+|www\.\S+|[#＃@＠]?[\p{L}\p{N}\p{M}_]+(?:['’./-][\p{L}\p{N}\p{M}_]+)*\/?/gu;
/** Scripts written without spaces: each character is a word of its own. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const UNSPACED_SPLIT =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]|[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]+/gu;
/** Joiners inside a word that split it into words (acme.com → acme com, well-known → well known). */
const JOINERS = /[._-]+/;

const enum TokenType {
  Word,
  Tag,
  Other,
}

/** Pushes the words of one plain token: apostrophes dropped, joiners split, unspaced scripts by character. */
function pushWords(token: string, type: TokenType, words: string[], types: TokenType[]): void {
  const plain = token.replace(/['’]/g, '');
  const parts = JOINERS.test(plain) ? plain.split(JOINERS) : [plain];
  for (const part of parts) {
    if (!part) continue;
    let hasWide = false;
    for (let i = 0; i < part.length; i++) if (part.charCodeAt(i) >= 0x0e00) hasWide = true;
    const pieces = hasWide && UNSPACED.test(part) ? (part.match(UNSPACED_SPLIT) ?? [part]) : [part];
    for (const piece of pieces) {
      words.push(piece);
      types.push(type);
    }
  }
}

/**
 * The words a near-duplicate comparison reads, lowercased. Hashtags count as their word inside the
 * text ("#Launch day" reads "launch day"); the trailing block of hashtags is dropped, as are
 * links, @mentions and "1/5" thread markers anywhere. A text with no words at all falls back to
 * its tags and handles, then to its whole trimmed text, so that even "🎉🎉" matches itself; a
 * blank text has no words.
 */
export function normalizedWords(text: string): string[] {
  const lower = text.normalize('NFKC').toLowerCase();
  const words: string[] = [];
  const types: TokenType[] = [];
  const others: string[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(lower); m !== null; m = TOKEN_RE.exec(lower)) {
    const token = m[0];
    const first = token.charCodeAt(0);
    if (first === 0x23 || first === 0xff03) {
      pushWords(token.slice(1), TokenType.Tag, words, types);
    } else if (first === 0x40 || first === 0xff20 || token.includes('/') || token.startsWith('www.')) {
      // Mentions differ by network (@acme on X, "Acme Inc" on LinkedIn), links get swapped.
      others.push(first === 0x40 || first === 0xff20 ? token.slice(1) : token);
    } else {
      pushWords(token, TokenType.Word, words, types);
    }
  }
  // Drop the hashtags after the last plain word: that is the tag block networks differ on.
  let keep = words.length;
  while (keep > 0 && types[keep - 1] === TokenType.Tag) keep--;
  if (keep > 0) return keep === words.length ? words : words.slice(0, keep);
  if (words.length > 0 || others.length > 0) return words.concat(others);
  const rest = lower.trim().replace(/\s+/g, ' ');
  return rest ? [rest] : [];
}

/** 32-bit FNV-1a of a string's UTF-16 units, as a signed 32-bit integer (the shingle arrays are Int32). */
const hashString = (s: string): number => fnv1a32(s) | 0;

/** Murmur3's finaliser: spreads a combination of two hashes over all 32 bits. */
function mix(a: number, b: number): number {
  let h = (Math.imul(a, 0x9e3779b1) ^ b) | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/**
 * The text's fingerprint: the sorted, distinct hashes of its word bigrams (of its one word when it
 * has a single word; empty when it has none).
 */
export function shingleSet(text: string): Int32Array {
  const words = normalizedWords(text);
  if (words.length === 0) return new Int32Array(0);
  const hashes = words.map(hashString);
  if (hashes.length === 1) return Int32Array.of(mix(hashes[0]!, 0x1b873593));
  const out = new Int32Array(hashes.length - 1);
  for (let i = 0; i + 1 < hashes.length; i++) out[i] = mix(hashes[i]!, hashes[i + 1]!);
  out.sort();
  let n = 0;
  for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[n - 1]) out[n++] = out[i]!;
  return out.subarray(0, n);
}

/** Size of the intersection of two sorted distinct int arrays. */
export function intersectionSize(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared;
}

/**
 * Below this many shingles a text is too short for containment to mean much ("thanks so much"
 * is inside plenty of posts); containment is discounted in proportion and Jaccard decides.
 */
export const CONTAINMENT_MIN_SHINGLES = 8;

/**
 * Similarity of two shingle sets of sizes a and b sharing `shared`: the larger of Jaccard and the
 * containment of the smaller set in the larger. Containment makes an X cut of a LinkedIn post (or
 * the long version of a tweet) score as the same text; Jaccard alone would call it different.
 * Containment loses up to 5% as the sizes part (so a copy outranks a cut) and is discounted for
 * very short texts. 1 exactly when both sets are equal and non-empty.
 */
export function similarityOf(shared: number, a: number, b: number): number {
  if (shared <= 0 || a === 0 || b === 0) return 0;
  const small = Math.min(a, b);
  const ratio = small / Math.max(a, b);
  const jaccard = shared / (a + b - shared);
  const containment = (shared / small) * Math.min(1, small / CONTAINMENT_MIN_SHINGLES) * (0.95 + 0.05 * ratio);
  return Math.max(jaccard, containment);
}
