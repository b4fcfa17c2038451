/** The crosspost rules, sorted by id. */
import type { Rule } from '../../rule';

export const crosspostRules: Rule[] = [];
