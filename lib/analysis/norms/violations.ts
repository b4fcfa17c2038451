/**
 * The platform-norm problems of the current draft, in a few words each, for other rules to cite
 * (the cross-post check says which of this platform's norms a reused text now breaks).
 */
import type { RuleContext } from '../rule';
import { normsRules } from '../rules/norms/index';

export interface NormViolation {
  /** The norms rule that found it, e.g. "norms/length". */
  ruleId: string;
  messageId: string;
  /** A few words, e.g. "312/280 characters" or "link in bio outside Instagram". */
  summary: string;
}

/**
 * The enabled norms rules' findings that break a norm (hints such as norms/see-more carry no
 * summary and are left out). Memoised per analysis; the rules' checks are memoised too, so
 * nothing is computed twice whichever runs first.
 */
export function normViolations(ctx: RuleContext): NormViolation[] {
  return ctx.memo('norms/violations', () => {
    const disabled = new Set(ctx.settings.disabledRules);
    const out: NormViolation[] = [];
    for (const rule of normsRules) {
      if (disabled.has(rule.meta.id)) continue;
      for (const finding of rule.check(ctx)) {
        const summary = finding.data?.summary;
        if (typeof summary === 'string') out.push({ ruleId: rule.meta.id, messageId: finding.messageId, summary });
      }
    }
    return out;
  });
}
