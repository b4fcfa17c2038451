/** The cta rules, sorted by id. */
import type { Rule } from '../../rule';

export const ctaRules: Rule[] = [];
