/** The severities of a finding, mildest first: the one ordering the engine, the card and the pages use. */

export const SEVERITIES = ['info', 'warn', 'fix'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** 0 for info, 1 for warn, 2 for fix. */
export const severityRank = (severity: Severity): number => SEVERITIES.indexOf(severity);

/** Most severe first (a stable sort keeps the order within a severity). */
export const bySeverity = (a: { severity: Severity }, b: { severity: Severity }): number =>
  severityRank(b.severity) - severityRank(a.severity);

/** The worst severity among findings, or undefined when there are none. */
export function worstSeverity(findings: Iterable<{ severity: Severity }>): Severity | undefined {
  let worst: Severity | undefined;
  for (const { severity } of findings) if (worst === undefined || severityRank(severity) > severityRank(worst)) worst = severity;
  return worst;
}
