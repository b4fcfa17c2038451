/**
 * What a composer's card lists: a report's findings minus the ones dismissed for that composer,
 * worst first, and which of them were never shown before (for the findings log). Dismissals and
 * "shown" marks are kept per composer key for the page's lifetime (composers re-render).
 */
import type { Finding, Fix, Report } from '../analysis/schemas';
import { bySeverity } from '../util/severity';

const findingId = (f: Pick<Finding, 'ruleId' | 'messageId'>) => `${f.ruleId}:${f.messageId}`;

const dismissedByKey = new Map<string, Set<string>>();
const shownByKey = new Map<string, Set<string>>();

function memo(map: Map<string, Set<string>>, key: string): Set<string> {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  return set;
}

/** Forgets dismissals and shown marks (tests). */
export function resetFindingMemory(): void {
  dismissedByKey.clear();
  shownByKey.clear();
}

/** Hides a finding for this composer from now on. */
export function rememberDismissed(key: string, finding: Finding): void {
  memo(dismissedByKey, key).add(findingId(finding));
}

/** The report's findings not dismissed for this composer, worst first, and how many were dismissed. */
export function visibleFindings(key: string, report: Report): { findings: Finding[]; dismissedCount: number } {
  const dismissed = memo(dismissedByKey, key);
  const findings = report.findings.filter((f) => !dismissed.has(findingId(f))).sort(bySeverity);
  return { findings, dismissedCount: report.findings.length - findings.length };
}

/** The findings shown for the first time in this composer (and marks them shown). */
export function firstShown(key: string, findings: readonly Finding[]): Finding[] {
  const shown = memo(shownByKey, key);
  const fresh = findings.filter((f) => !shown.has(findingId(f)));
  for (const f of fresh) shown.add(findingId(f));
  return fresh;
}

/** A fix's edits from the last to the first (so earlier offsets stay valid while applying). */
export function sortedForApplying(fix: Fix): Fix['edits'] {
  return [...fix.edits].sort((a, b) => b.start - a.start || b.end - a.end);
}
