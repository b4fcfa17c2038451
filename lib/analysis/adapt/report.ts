/**
 * The composer card's extras on top of a report: where "see more" cuts the draft, and the draft
 * adapted to its network when it breaks that network's norms. Pure; the background adds them to
 * the composer's answers (the popup and the CLI don't need them).
 */
import { foldsOf } from '../norms/fold';
import { SettingsSchema, type Draft, type Report } from '../schemas';
import { diffWords } from './diff';
import { adapt, type AdaptContext } from './index';

/** Whether the card offers an adaptation of this draft: only when it breaks its network's norms. */
export function mayAdapt(report: Report): boolean {
  return report.findings.some((f) => f.category === 'platform-norms');
}

/** The report with `folds` (posts on networks that fold) and `adaptation` (when it helps). */
export function withComposerExtras(draft: Draft, report: Report, context: AdaptContext): Report {
  const settings = SettingsSchema.parse(context.settings ?? {});
  const folds = foldsOf(draft.text, draft.platform, draft.kind, settings.xPremium);
  const out: Report = { ...report, ...(folds.length ? { folds } : {}) };
  if (!mayAdapt(report)) return out;
  const adaptation = adapt(draft, draft.platform, context);
  if (adaptation.text === draft.text && adaptation.parts.length === 1) return out;
  return { ...out, adaptation: { ...adaptation, diff: diffWords(draft.text, adaptation.parts[0] ?? adaptation.text) } };
}
