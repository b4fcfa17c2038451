/** Every rule, by family. A test checks each id matches its module path and has tests. */
import type { Rule } from '../rule';
import { complaintRules } from './complaint';
import { crosspostRules } from './crosspost';
import { ctaRules } from './cta';
import { normsRules } from './norms';
import { praiseRules } from './praise';
import { promoRules } from './promo';

export const rules: readonly Rule[] = [...normsRules, ...crosspostRules, ...ctaRules, ...promoRules, ...complaintRules, ...praiseRules];

/** Looks a rule up by id. */
export function getRule(id: string): Rule | undefined {
  return rules.find((rule) => rule.meta.id === id);
}
