/** promo/ratio: the 80/20 rule — a promotional post when recent posts are already too promotional. */
import { ctasOf } from '../../cta/next-step';
import { promotionalCues } from '../../cta/promotional';
import { defineRule, type RuleContext, type RuleFinding } from '../../rule';
import { PLATFORM_NAMES } from '../../schemas';

/** Posts looked back over on the platform. */
export const WINDOW = 20;
/** Fewer recent posts than this say too little about the mix: no finding. */
export const MIN_HISTORY = 5;

const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 100));

function check(ctx: RuleContext): RuleFinding[] {
  if (ctx.draft.kind !== 'post') return [];
  const cues = promotionalCues(ctx.text, ctasOf(ctx));
  if (cues.length === 0) return [];
  const recent = ctx.history.recent(ctx.draft.platform, {
    kinds: ['post'],
    account: ctx.draft.account,
    limit: WINDOW,
  });
  const total = recent.length;
  if (total < MIN_HISTORY) return [];
  const promotional = recent.filter((post) => post.promotional).length;
  const limit = ctx.settings.promoShare;
  const share = promotional / total;
  const nextShare = (promotional + 1) / (total + 1);
  // Already over the limit: warn. At the limit, and this post would cross it: a quiet note.
  const messageId = share > limit ? 'overLimit' : nextShare > limit ? 'wouldCross' : null;
  if (!messageId) return [];
  return [
    {
      messageId,
      ...(messageId === 'wouldCross' ? { severity: 'info' as const } : {}),
      spans: cues.map((cue) => cue.span),
      data: {
        platform: PLATFORM_NAMES[ctx.draft.platform],
        promotional,
        total,
        percent: percent(promotional, total),
        nextPromotional: promotional + 1,
        nextTotal: total + 1,
        nextPercent: percent(promotional + 1, total + 1),
        limitPercent: Math.round(limit * 100),
        cues: cues.map((cue) => cue.text).join(', '),
      },
    },
  ];
}

const EXPLANATION =
  'About 80% of what a brand posts should be social content (useful, entertaining, conversation) and ' +
  'at most about {limitPercent}% promotional (sales asks, offers, prices, codes). People on social ' +
  'media came to be social, not to be sold to: constantly asking for the sale discourages the very ' +
  'people you want to buy, while social content builds the trust that sells later. This post reads ' +
  'as promotional because of: {cues}.';

export default defineRule({
  meta: {
    id: 'promo/ratio',
    category: 'promo-ratio',
    description: 'Flags a promotional post when more than the healthy share of recent posts on the platform were promotional.',
    severity: 'warn',
    messages: {
      overLimit: {
        message:
          '{promotional} of your last {total} {platform} posts ({percent}%) were promotional; this one would make {nextPromotional} of {nextTotal}. Post something social first.',
        explanation: EXPLANATION,
      },
      wouldCross: {
        message:
          'This promotional post would make {nextPromotional} of your last {nextTotal} {platform} posts promotional ({nextPercent}%), past your {limitPercent}% share.',
        explanation: EXPLANATION,
      },
    },
  },
  check,
});
