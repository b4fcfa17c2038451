/** cta/stage-jump: a call to action asks the reader for two or more funnel stages past where they are. */
import { ctasOf, isHardSell, quote, readerStageOf, stageAsk, swapAskFix } from '../../cta/next-step';
import { defineRule, type RuleContext, type RuleFinding } from '../../rule';
import type { Stage } from '../../schemas';
import { nextStage, stageDistance } from '../../stages';

const STEPS = ['', 'one stage', 'two stages', 'three stages', 'four stages', 'five stages'];

function check(ctx: RuleContext): RuleFinding[] {
  const reader = readerStageOf(ctx);
  const jumps = ctasOf(ctx).filter((cta) => cta.stage !== 'any' && stageDistance(reader.stage, cta.stage) >= 2);
  if (jumps.length === 0) return [];
  // Name the furthest ask; highlight every one that jumps.
  let worst = jumps[0]!;
  for (const cta of jumps) {
    if (stageDistance(reader.stage, cta.stage as Stage) > stageDistance(reader.stage, worst.stage as Stage)) worst = cta;
  }
  const ctaStage = worst.stage as Stage;
  const next = nextStage(reader.stage);
  const ask = stageAsk(ctx.settings, next);
  const steps = stageDistance(reader.stage, ctaStage);
  const fix = jumps.length === 1 ? swapAskFix(ctx.text, worst, ask.text) : undefined;
  return [
    {
      messageId: reader.assumed ? 'tooFarAssumed' : 'tooFar',
      // With a stage nobody set, a jump is a gentle note unless the ask is a hard sell.
      ...(reader.assumed && !jumps.some(isHardSell) ? { severity: 'info' as const } : {}),
      spans: jumps.map((cta) => cta.span),
      ...(fix ? { fix } : {}),
      data: {
        cta: quote(worst.phrase),
        ctaId: worst.id,
        ctaStage,
        readerStage: reader.stage,
        readerStageAssumed: reader.assumed,
        steps,
        stepsText: STEPS[steps] ?? `${steps} stages`,
        nextStage: next,
        suggestion: quote(ask.text),
        ownSuggestion: ask.own,
        count: jumps.length,
        inferred: reader.inferredFrom
          ? ` (inferred from the post: mentions ${reader.inferredFrom}; set the reader’s stage if that is wrong)`
          : '',
      },
    },
  ];
}

const EXPLANATION =
  'A call to action should be the next logical step in the relationship, not ask for too much: ' +
  'someone at {readerStage} is not ready for {ctaStage} yet. Content and conversation earn the right ' +
  'to ask, and each stage’s ask moves people one step ({readerStage} → {nextStage}). Write your ' +
  'own ask per stage in the settings and Postwise will suggest it.';

export default defineRule({
  meta: {
    id: 'cta/stage-jump',
    category: 'cta-stage',
    description: 'Flags a call to action that asks the reader for two or more funnel stages past where they are.',
    severity: 'warn',
    messages: {
      tooFar: {
        message:
          '{cta} asks for {ctaStage}, {stepsText} past your reader at {readerStage}{inferred}; ask for the next step instead: {suggestion}.',
        explanation: EXPLANATION,
      },
      tooFarAssumed: {
        message:
          '{cta} asks for {ctaStage}, but your audience is assumed to be at {readerStage} (set the reader’s stage if they are further along); the next step would be {suggestion}.',
        explanation:
          EXPLANATION + ' The reader’s stage was not set for this draft, so the default audience stage from your settings was used.',
      },
    },
  },
  check,
});
