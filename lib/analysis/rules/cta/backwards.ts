/** cta/backwards: a customer or a fan is asked for a step they have already taken. */
import { ctasOf, quote, readerStageOf, stageAsk, swapAskFix } from '../../cta/next-step';
import { defineRule, type RuleContext, type RuleFinding } from '../../rule';
import type { Stage } from '../../schemas';
import { stageDistance } from '../../stages';

/** How far back an ask must be to count, per reader stage (fans still leave reviews). */
const MIN_BACK: Partial<Record<Stage, number>> = { loyalty: 1, advocacy: 2 };

function check(ctx: RuleContext): RuleFinding[] {
  const reader = readerStageOf(ctx);
  const minBack = MIN_BACK[reader.stage];
  if (minBack === undefined) return [];
  // Outward asks (share this, tag a friend) bring new people in: right for customers and fans.
  const back = ctasOf(ctx).filter((cta) => cta.stage !== 'any' && !cta.outward && -stageDistance(reader.stage, cta.stage) >= minBack);
  if (back.length === 0) return [];
  const first = back[0]!;
  const ask = stageAsk(ctx.settings, reader.stage);
  const fix = back.length === 1 ? swapAskFix(ctx.text, first, ask.text) : undefined;
  return [
    {
      messageId: reader.stage === 'loyalty' ? 'customer' : 'fan',
      spans: back.map((cta) => cta.span),
      ...(fix ? { fix } : {}),
      data: {
        cta: quote(first.phrase),
        ctaId: first.id,
        ctaStage: first.stage,
        readerStage: reader.stage,
        readerStageAssumed: reader.assumed,
        suggestion: quote(ask.text),
        ownSuggestion: ask.own,
        count: back.length,
        assumption: reader.assumed
          ? ` The reader’s stage was not set for this draft; your settings assume ${reader.stage}.`
          : reader.inferredFrom
            ? ` The reader’s stage was inferred from the post (it mentions ${reader.inferredFrom}); set it if that is wrong.`
            : '',
      },
    },
  ];
}

export default defineRule({
  meta: {
    id: 'cta/backwards',
    category: 'cta-stage',
    description: 'Flags a call to action that asks customers or fans for a step they have already taken.',
    severity: 'warn',
    messages: {
      customer: {
        message: '{cta} asks your customers for {ctaStage}, a step they already took; ask what fits a customer: {suggestion}.',
        explanation:
          'Customers already bought: asking them again to buy, sign up or follow reads as if you do not know ' +
          'them. The funnel goes on past the sale: a customer’s next steps are a review, the customer ' +
          'community, a feature worth learning, a renewal, and then speaking for you.{assumption}',
      },
      fan: {
        message: '{cta} asks your fans for {ctaStage}, a step they took long ago; ask what fits a fan: {suggestion}.',
        explanation:
          'Advocates already follow, buy and stay. Asking them to "follow us" or buy wastes the ask; what ' +
          'moves the funnel now is their voice: a referral, their story, a tag or your hashtag. Advocates ' +
          'bring new people in at the top.{assumption}',
      },
    },
  },
  check,
});
