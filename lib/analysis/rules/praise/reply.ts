/**
 * praise/reply: answering praise. The essays: thank them simply, or ask who at the company made
 * the experience good; not a sales push. A conversion ask at a happy customer is turned into the
 * ask of their own stage (a review, a referral).
 */
import { defineRule, type RuleContext, type RuleFinding } from '../../rule';
import { ctasOf, quote, stageAsk, swapAskFix } from '../../cta/next-step';
import { isCannedOnly, readPraise } from '../../praise/detect';

const ID = 'praise/reply';

function check(ctx: RuleContext): RuleFinding[] {
  const replyTo = ctx.draft.replyTo;
  if (ctx.draft.kind === 'post' || !replyTo || !ctx.text.trim()) return [];
  const praise = ctx.memo('praise/replied', () => readPraise(replyTo.text.slice(0, 4_000)));
  if (!praise) return [];
  const confidence = Math.round(praise.confidence * 100) / 100;
  const push = ctasOf(ctx).find((c) => c.stage === 'conversion');
  if (push) {
    const stage = ctx.readerStage === 'advocacy' ? 'advocacy' : 'loyalty';
    const ask = stageAsk(ctx.settings, stage).text;
    const fix = swapAskFix(ctx.text, push, ask);
    return [
      {
        messageId: 'salesPush',
        spans: [push.span],
        ...(fix ? { fix } : {}),
        data: { ask: quote(push.phrase), suggestion: quote(ask), praiseConfidence: confidence },
      },
    ];
  }
  if (isCannedOnly(ctx.text)) return [{ messageId: 'canned', data: { praiseConfidence: confidence } }];
  return [];
}

export default defineRule({
  meta: {
    id: ID,
    category: 'complaint',
    description: 'Suggests a warmer answer when a reply to praise is only boilerplate or a sales push.',
    severity: 'info',
    messages: {
      salesPush: {
        message: 'They are already happy: instead of {ask}, offer their own next step, such as {suggestion}.',
        explanation:
          'Someone who just praised you is a customer or a fan. A "buy now" in reply to praise reads as ' +
          'not listening; thank them, and if you ask anything, ask what fits them now: a review, a ' +
          'referral, their story.',
      },
      canned: {
        message: 'This reads as a stock line: thank them in your own words, or ask who on the team made it good.',
        explanation:
          'Praise deserves a short, human answer. A simple "thank you" with what they liked, or asking ' +
          'which person made the experience good (and passing it on), means more than boilerplate ' +
          'that could sit under any comment.',
      },
    },
  },
  check,
});
