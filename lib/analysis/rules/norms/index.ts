/** The norms rules, sorted by id. */
import type { Rule } from '../../rule';

export const normsRules: Rule[] = [];
