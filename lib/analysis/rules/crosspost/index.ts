/** The crosspost rules, sorted by id. */
import type { Rule } from '../../rule';
import massPosting from './mass-posting';
import nearDuplicate from './near-duplicate';

export const crosspostRules: Rule[] = [massPosting, nearDuplicate];
