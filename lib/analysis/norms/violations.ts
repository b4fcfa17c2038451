/**
 * The platform-norm problems of the current draft, in a few words each, for other rules to cite
 * (the cross-post check says which of this platform's norms a reused text now breaks).
 */
import type { RuleContext } from '../rule';

export interface NormViolation {
  /** The norms rule that found it, e.g. "norms/length". */
  ruleId: string;
  messageId: string;
  /** A few words, e.g. "312/280 characters" or "link in bio outside Instagram". */
  summary: string;
}

/** Placeholder until the norms family lands: memoised per analysis. */
export function normViolations(ctx: RuleContext): NormViolation[] {
  return ctx.memo('norms/violations', () => []);
}
