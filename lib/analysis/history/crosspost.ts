/**
 * What the cross-post rules share: the user's recent posts whose text nearly equals the draft's,
 * looked up once per analysis.
 */
import { DAY, MINUTE } from '../../util/time';
import type { RuleContext } from '../rule';
import type { SimilarMatch } from './index';

/** Smallest similarity at which two posts count as the same text adapted a little. */
export const CROSSPOST_SIMILARITY = 0.8;
/** At or above this (and at about the same length) the text was barely touched. */
export const UNCHANGED_SIMILARITY = 0.95;
/** Posts dated a little after `now` (clock skew between devices) still count. */
const CLOCK_SLACK_MS = 5 * MINUTE;

/**
 * The user's posts (not replies) of the last `settings.crosspostDays` days that nearly repeat the
 * draft, most similar first, then newest; none when the draft is a reply or a comment.
 */
export function crosspostMatches(ctx: RuleContext): SimilarMatch[] {
  return ctx.memo('crosspost/matches', () => {
    if (ctx.draft.kind !== 'post') return [];
    const since = ctx.now - Math.max(1, ctx.settings.crosspostDays) * DAY;
    return ctx.history
      .findSimilar(ctx.text, { since, kinds: ['post'], minSimilarity: CROSSPOST_SIMILARITY, limit: 200 })
      .filter((m) => m.post.time <= ctx.now + CLOCK_SLACK_MS);
  });
}

/** How the draft relates to a matched post, as a verb phrase: "repeats", "shortens", … */
export function relationOf(match: SimilarMatch): 'repeats' | 'closely follows' | 'shortens' | 'expands' {
  const ratio = match.sizeRatio ?? 1;
  if (ratio < 0.6) return 'shortens';
  if (ratio > 1 / 0.6) return 'expands';
  return match.similarity >= UNCHANGED_SIMILARITY ? 'repeats' : 'closely follows';
}

/** "X", "X and LinkedIn", "X, LinkedIn and Facebook". */
export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
