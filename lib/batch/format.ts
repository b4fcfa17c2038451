/** The CLI's readable report: plain text, optionally coloured with ANSI codes. */
import { PLATFORM_NAMES, type Draft, type Finding, type Report } from '../analysis/schemas';

const SYMBOL = { info: 'i', warn: '!', fix: 'x' } as const;
const COLOUR = { info: 36, warn: 33, fix: 31 } as const;

export interface FormatOptions {
  colour?: boolean;
  /** The draft adapted to its network's norms (--adapt): one text, or an X thread's parts. */
  adapted?: readonly string[];
}

/** One-line preview of a text: first line(s), collapsed and cut. */
export function preview(text: string, max = 72): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function paint(on: boolean, code: number, text: string): string {
  return on ? `\u001b[${code}m${text}\u001b[0m` : text;
}

function describeFix(draft: Draft, finding: Finding): string | undefined {
  if (!finding.fix) return undefined;
  const parts = finding.fix.edits.map((e) => {
    const removed = draft.text.slice(e.start, e.end);
    if (!removed) return `insert "${preview(e.text, 60)}"`;
    if (!e.text) return `remove "${preview(removed, 60)}"`;
    return `"${preview(removed, 40)}" → "${preview(e.text, 40)}"`;
  });
  return `${finding.fix.label}: ${parts.join('; ')}`;
}

/** The report of one draft, several lines, ending with a blank line. */
export function formatReport(where: string, draft: Draft, report: Report, options: FormatOptions = {}): string {
  const on = !!options.colour;
  const verdict = report.verdict.toUpperCase();
  const verdictColour = report.verdict === 'fix' ? 31 : report.verdict === 'warn' ? 33 : 32;
  const count = report.findings.length;
  const lines = [
    `${where}  ${PLATFORM_NAMES[draft.platform]} ${draft.kind}  ${paint(on, verdictColour, verdict)}` +
      (count ? ` (${count} finding${count === 1 ? '' : 's'})` : ''),
    `  "${preview(draft.text)}"`,
  ];
  if (draft.replyTo) lines.push(`  in reply to: "${preview(draft.replyTo.text, 60)}"`);
  for (const f of report.findings) {
    lines.push(`  ${paint(on, COLOUR[f.severity], `${SYMBOL[f.severity]} ${f.severity.padEnd(4)}`)} ${f.message}  [${f.ruleId}]`);
    lines.push(`         why: ${f.explanation}`);
    const spans = f.spans.filter((s) => s.end > s.start).slice(0, 3);
    if (spans.length) lines.push(`         at: ${spans.map((s) => `"${preview(draft.text.slice(s.start, s.end), 40)}"`).join(', ')}`);
    const fix = describeFix(draft, f);
    if (fix) lines.push(`         fix: ${fix}`);
  }
  for (const note of report.notes) lines.push(`  note: ${note}`);
  if (options.adapted) lines.push(...formatAdapted(options.adapted));
  return `${lines.join('\n')}\n`;
}

/** The adapted text, indented; an X thread's parts one after another. */
function formatAdapted(parts: readonly string[]): string[] {
  const indent = (text: string) => text.split('\n').map((l) => `    ${l}`.trimEnd());
  if (parts.length === 1) return ['  adapted:', ...indent(parts[0]!)];
  return [`  adapted (a thread of ${parts.length}):`, ...parts.flatMap((p, i) => [...(i ? [''] : []), ...indent(p)])];
}
