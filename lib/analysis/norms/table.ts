/** The built-in platform norms (SPEC §3) and their per-user overrides. */
import type { RuleContext } from '../rule';
import { PLATFORM_NAMES, type Kind, type Platform } from '../schemas';

/** How a platform links @handles typed in the text. */
export interface HandleNorm {
  /** Longest valid handle. */
  maxLength: number;
  /** Whether '.' is allowed inside a handle. */
  dots: boolean;
}

/** Limits and habits of one platform. */
export interface PlatformNorms {
  /** Hard length limit of a post. */
  postLimit: number;
  /** Hard length limit of a reply or comment. */
  commentLimit: number;
  /** True when sources disagree on the comment limit, so going over it is only likely a problem. */
  commentLimitApprox: boolean;
  /** The usual number of hashtags, [fewest, most]. */
  hashtagHabit: readonly [number, number];
  /** Hashtags the platform accepts at most, when it enforces a cap. */
  hashtagCap: number | null;
  /** Characters of a post shown before "see more", when the platform folds posts. */
  seeMore: number | null;
  /** Whether links in the text are clickable. */
  linksClickable: boolean;
  /** @handle syntax, or null where people are tagged by name through autocomplete. */
  handles: HandleNorm | null;
  /** Whether numbered threads ("1/5", 🧵) are native. */
  threads: boolean;
}

/** The defaults of SPEC §3. */
export const PLATFORM_NORMS: Record<Platform, PlatformNorms> = {
  x: {
    postLimit: 280,
    commentLimit: 280,
    commentLimitApprox: false,
    hashtagHabit: [1, 2],
    hashtagCap: null,
    seeMore: null,
    linksClickable: true,
    handles: { maxLength: 15, dots: false },
    threads: true,
  },
  facebook: {
    postLimit: 63_206,
    commentLimit: 8_000,
    commentLimitApprox: false,
    hashtagHabit: [1, 2],
    hashtagCap: null,
    seeMore: 477,
    linksClickable: true,
    handles: null,
    threads: false,
  },
  linkedin: {
    postLimit: 3_000,
    commentLimit: 1_250,
    commentLimitApprox: true,
    hashtagHabit: [3, 5],
    hashtagCap: null,
    seeMore: 210,
    linksClickable: true,
    handles: null,
    threads: false,
  },
  instagram: {
    postLimit: 2_200,
    commentLimit: 2_200,
    commentLimitApprox: false,
    hashtagHabit: [3, 5],
    hashtagCap: 5,
    seeMore: 125,
    linksClickable: false,
    handles: { maxLength: 30, dots: true },
    threads: false,
  },
};

/** X Premium: posts and replies up to 25,000 characters, shown up to ~280 before "Show more". */
export const X_PREMIUM_LIMIT = 25_000;
export const X_PREMIUM_FOLD = 280;

/** The norms that apply to the draft being checked, with the user's overrides applied. */
export interface DraftNorms extends PlatformNorms {
  platform: Platform;
  /** "X", "LinkedIn", … */
  platformName: string;
  kind: Kind;
  /** "post", "reply" or "comment". */
  kindName: string;
  /** The hard length limit for this kind of draft. */
  limit: number;
  /** True when the limit may be off (an approximate default, not the user's override). */
  limitApprox: boolean;
  /** X with "My X account has Premium" on: long posts and long replies, folded at ~280. */
  xPremium: boolean;
  /** Most hashtags the habit allows. */
  hashtagMax: number;
  /** The habit in words: "1–2", "3–5", "none", "up to 4". */
  habitText: string;
}

/** Resolves the norms for the draft in ctx, once per analysis (every norms rule reads them). */
export function draftNorms(ctx: RuleContext): DraftNorms {
  return ctx.memo('norms/draft', () => resolveNorms(ctx));
}

function resolveNorms(ctx: RuleContext): DraftNorms {
  const { platform, kind } = ctx.draft;
  const base = PLATFORM_NORMS[platform];
  const own = ctx.settings.norms[platform] ?? {};
  const isPost = kind === 'post';
  const premium = platform === 'x' && ctx.settings.xPremium;
  const ownLimit = (isPost ? own.postLimit : own.commentLimit) ?? (premium ? X_PREMIUM_LIMIT : undefined);
  const hashtagMax = own.hashtagHabit ?? base.hashtagHabit[1];
  const hashtagMin = Math.min(base.hashtagHabit[0], hashtagMax);
  // Every field written out: a spread of `base` with overrides took V8's slow path (about 50 µs a call).
  return {
    postLimit: base.postLimit,
    commentLimit: base.commentLimit,
    commentLimitApprox: base.commentLimitApprox,
    linksClickable: base.linksClickable,
    handles: base.handles,
    threads: base.threads,
    seeMore: premium ? X_PREMIUM_FOLD : base.seeMore,
    xPremium: premium,
    hashtagHabit: [hashtagMin, hashtagMax],
    hashtagCap: own.hashtagCap ?? base.hashtagCap,
    platform,
    platformName: PLATFORM_NAMES[platform],
    kind,
    kindName: kind,
    limit: ownLimit ?? (isPost ? base.postLimit : base.commentLimit),
    limitApprox: ownLimit === undefined && !isPost && base.commentLimitApprox,
    hashtagMax,
    habitText: habitText(hashtagMin, hashtagMax),
  };
}

function habitText(min: number, max: number): string {
  if (max === 0) return 'none';
  if (min === max) return String(max);
  return min === 0 ? `up to ${max}` : `${min}–${max}`;
}

/** Formats a count the way messages show it: 63,206. */
export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}
