/** Words the badge and the card use for categories, stages and severities. */
import type { Category, Finding, Severity, Stage } from '@/lib/analysis/schemas';
import { STAGE_LABELS } from '../labels';

export { CATEGORY_LABELS, STAGE_LABELS } from '../labels';

/** The funnel in order, without importing the zod schemas (they would triple the content script). */
export const STAGE_ORDER = Object.keys(STAGE_LABELS) as Stage[];

export const SEVERITY_LABELS: Record<Severity, string> = {
  fix: 'Should not go out like this',
  warn: 'Worth changing',
  info: 'Worth knowing',
};

const RANK: Record<Severity, number> = { info: 0, warn: 1, fix: 2 };

/** The worst severity among findings, or undefined when there are none. */
export function worstSeverity(findings: readonly Pick<Finding, 'severity'>[]): Severity | undefined {
  let worst: Severity | undefined;
  for (const f of findings) if (!worst || RANK[f.severity] > RANK[worst]) worst = f.severity;
  return worst;
}

/** Findings grouped by category, in the order categories first appear. */
export function groupByCategory(findings: readonly Finding[]): [Category, Finding[]][] {
  const groups = new Map<Category, Finding[]>();
  for (const f of findings) {
    const list = groups.get(f.category) ?? [];
    list.push(f);
    groups.set(f.category, list);
  }
  return Array.from(groups);
}

/** "just now", "5 min ago", "3 h ago", "2 days ago". */
export function ago(then: number, now: number): string {
  const min = Math.max(0, Math.round((now - then) / 60_000));
  if (min < 1) return 'just now';
  if (min < 60) return `${min} min ago`;
  const h = Math.round(min / 60);
  if (h < 48) return `${h} h ago`;
  return `${Math.round(h / 24)} days ago`;
}

/** A piece of the draft a finding points at, shortened for the card. */
export function excerpt(text: string, start: number, end: number, max = 80): string {
  const s = text.slice(Math.max(0, start), Math.max(start, end)).replace(/\s+/g, ' ').trim();
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
