/** The complaint rules, sorted by id. */
import type { Rule } from '../../rule';

export const complaintRules: Rule[] = [];
