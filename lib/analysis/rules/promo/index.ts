/** The promo rules, sorted by id. */
import type { Rule } from '../../rule';
import ratio from './ratio';

export const promoRules: Rule[] = [ratio];
