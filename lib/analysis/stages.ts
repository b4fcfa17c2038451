/** The cyclic funnel's order and what each stage's reader is asked next. */
import { STAGES, type Stage } from './schemas';

/** Position of a stage in the funnel, 0 (awareness) to 5 (advocacy). */
export function stageIndex(stage: Stage): number {
  return STAGES.indexOf(stage);
}

/** The next stage; advocacy wraps to awareness (advocates bring new people in). */
export function nextStage(stage: Stage): Stage {
  return STAGES[(stageIndex(stage) + 1) % STAGES.length]!;
}

/** How many steps forward `target` is from `from`, without wrapping (negative: backwards). */
export function stageDistance(from: Stage, target: Stage): number {
  return stageIndex(target) - stageIndex(from);
}
