/** Replies to praise. */
import type { Rule } from '../../rule';
import reply from './reply';

export const praiseRules: Rule[] = [reply];
