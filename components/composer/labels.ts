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

/** A piece of the draft a finding points at, shortened for the card. */
export function excerpt(text: string, start: number, end: number, max = 80): string {
  const s = text.slice(Math.max(0, start), Math.max(start, end)).replace(/\s+/g, ' ').trim();
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
