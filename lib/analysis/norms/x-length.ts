/**
 * X's weighted length through twitter-text's parseTweet (URLs 23, emoji and CJK 2), parsing no
 * more of a long text than it takes to know where the limit falls.
 */
import twitter, { type ParseTweetOptions } from 'twitter-text';
import type { Entity } from '../text/entities';
import { atCodePoint } from './shared';

/** What measuring a draft against a limit found. */
export interface Measure {
  /** The length as the platform counts it (for a long X text: the parsed part plus an estimate). */
  length: number | null;
  /** False when part of the length is an estimate. */
  exact: boolean;
  /** UTF-16 offset where the text goes past the limit, or null when it fits. */
  cut: number | null;
}

/** twitter-text's v3 config (URLs 23, weights by range); the package's types leave `configs` out. */
const V3 = (twitter as unknown as { configs: { defaults: Required<ParseTweetOptions> } }).configs.defaults;

// parseTweet stops the valid range at these characters; a same-weight stand-in keeps the count.
const INVALID_CHARS = /[\uFFFE\uFEFF\uFFFF]/g;

/** Measures a text as X counts it. `urls` (from the shared entities) let a short text skip parsing. */
export function measureX(text: string, limit: number, urls: readonly Entity[]): Measure {
  if (upperBound(text, urls) <= limit) return { length: null, exact: false, cut: null };
  const options = { ...V3, maxWeightedTweetLength: limit };
  const clean = text.replace(INVALID_CHARS, '\u3000');
  let size = Math.min(clean.length, limit + 200);
  for (;;) {
    const prefix = clean.slice(0, atCodePoint(clean, size));
    const parsed = twitter.parseTweet(prefix, options);
    const whole = prefix.length === clean.length;
    if (whole || parsed.weightedLength > limit) {
      const over = parsed.weightedLength > limit;
      const rest = whole ? 0 : estimateWeight(clean, prefix.length, urls);
      return {
        length: parsed.weightedLength + rest,
        exact: whole,
        cut: over ? atCodePoint(clean, Math.min(clean.length, parsed.validRangeEnd + 1)) : null,
      };
    }
    size *= 2;
  }
}

/** Most weight a text can have: 2 per UTF-16 unit outside URLs, 23 per URL. */
function upperBound(text: string, urls: readonly Entity[]): number {
  let inUrls = 0;
  for (const url of urls) inUrls += url.end - url.start;
  return 2 * (text.length - inUrls) + 23 * urls.length;
}

/** Rough weight of text[from..]: 23 per URL, 1 or 2 per code point by the config's ranges. */
function estimateWeight(text: string, from: number, urls: readonly Entity[]): number {
  const { ranges, transformedURLLength } = V3;
  let weight = 0;
  let u = 0;
  for (let i = from; i < text.length; i++) {
    while (u < urls.length && urls[u]!.end <= i) u++;
    const url = urls[u];
    if (url && url.start <= i) {
      if (url.start >= from) weight += transformedURLLength; // one cut by the prefix was counted there
      i = url.end - 1;
      continue;
    }
    const code = text.codePointAt(i)!;
    if (code > 0xffff) i++;
    weight += ranges.some((r) => code >= r.start && code <= r.end) ? 1 : 2; // weights are 100 or 200 at scale 100
  }
  return weight;
}
