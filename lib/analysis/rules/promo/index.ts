/** The promo rules, sorted by id. */
import type { Rule } from '../../rule';

export const promoRules: Rule[] = [];
