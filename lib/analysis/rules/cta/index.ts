/** The cta rules, sorted by id. */
import type { Rule } from '../../rule';
import backwards from './backwards';
import stackedAsks from './stacked-asks';
import stageJump from './stage-jump';

export const ctaRules: Rule[] = [backwards, stackedAsks, stageJump];
