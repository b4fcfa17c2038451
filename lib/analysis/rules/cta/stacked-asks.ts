/** cta/stacked-asks: one post makes several asks that pull the reader in different directions. */
import type { CtaMatch } from '../../cta/detect';
import { ctasOf, quote } from '../../cta/next-step';
import { defineRule, type RuleContext, type RuleFinding } from '../../rule';
import { STAGES, type Stage } from '../../schemas';
import { stageIndex } from '../../stages';

/** Distinct asks before a same-stage pile-up is worth a note ("Follow, like and share"). */
const MANY_ASKS = 3;

/** The shortest arc of the cyclic funnel that covers these stages (0 for one stage). */
export function cyclicSpread(stages: ReadonlySet<Stage>): number {
  const idx = [...stages].map(stageIndex).sort((a, b) => a - b);
  if (idx.length < 2) return 0;
  let maxGap = STAGES.length - idx[idx.length - 1]! + idx[0]!;
  for (let i = 1; i < idx.length; i++) maxGap = Math.max(maxGap, idx[i]! - idx[i - 1]!);
  return STAGES.length - maxGap;
}

function check(ctx: RuleContext): RuleFinding[] {
  const asks = ctasOf(ctx).filter((cta) => cta.stage !== 'any');
  const distinct = new Map<string, CtaMatch>();
  for (const cta of asks) if (!distinct.has(cta.id)) distinct.set(cta.id, cta);
  if (distinct.size < 2) return [];
  const stages = new Set([...distinct.values()].map((cta) => cta.stage as Stage));
  const spread = cyclicSpread(stages);
  const list = [...distinct.values()].map((cta) => `${quote(cta.phrase)} (${cta.stage})`).join(', ');
  const data = { count: distinct.size, asks: list, stages: [...stages].join(', '), spread };
  if (spread >= 2) return [{ messageId: 'mixedStages', spans: asks.map((cta) => cta.span), data }];
  if (distinct.size >= MANY_ASKS) return [{ messageId: 'manyAsks', severity: 'info', spans: asks.map((cta) => cta.span), data }];
  return [];
}

export default defineRule({
  meta: {
    id: 'cta/stacked-asks',
    category: 'cta-stage',
    description: 'Flags a post that stacks several asks for different funnel stages (or a pile of asks).',
    severity: 'warn',
    messages: {
      mixedStages: {
        message: 'This draft makes {count} asks for different stages: {asks}. Keep the one that fits your reader.',
        explanation:
          'One ask per post. Asks for different stages pull the reader different ways, and a reader who ' +
          'is asked for everything tends to do nothing. Pick the next logical step for the people you are ' +
          'writing to and let the rest of the post be useful, entertaining or a conversation.',
      },
      manyAsks: {
        message: 'This draft makes {count} asks: {asks}. One clear ask works better.',
        explanation:
          'Each extra ask dilutes the others, and a post that is mostly asks reads as promotion rather ' +
          'than social content. Keep the one ask that matters most here.',
      },
    },
  },
  check,
});
