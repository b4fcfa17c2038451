/**
 * The reviewed batch as CSV and JSON: each draft with its verdict, findings, decision and note.
 * CSV cells are written so that a spreadsheet never runs them as formulas.
 */
import { spreadsheetField } from '@/lib/batch/csv';
import type { ReviewRow } from '@/lib/contract/schemas';
import type { ReviewItem } from './item';

export interface ExportedDraft {
  line: number | null;
  platform: string;
  kind: string;
  text: string;
  reply_to: string;
  reader_stage: string;
  verdict: string;
  /** The draft adapted to its network's norms, when that changes it (an X thread's parts); else empty. */
  adapted: string[];
  findings: { ruleId: string; severity: string; message: string; quote: string[] }[];
  decision: string;
  note: string;
  reviewer: string;
  reviewed_at: string;
}

export function exportRows(items: readonly ReviewItem[], decisions: ReadonlyMap<string, ReviewRow>): ExportedDraft[] {
  return items.map((item) => {
    const d = decisions.get(item.key);
    const text = item.draft.text;
    return {
      line: item.line,
      platform: item.draft.platform,
      kind: item.draft.kind,
      text,
      reply_to: item.draft.replyTo?.text ?? '',
      reader_stage: item.report?.readerStage ?? item.draft.readerStage ?? '',
      verdict: item.report?.verdict ?? 'not checked',
      adapted: item.adapted ?? [],
      findings: (item.report?.findings ?? []).map((f) => ({
        ruleId: f.ruleId,
        severity: f.severity,
        message: f.message,
        quote: f.spans.filter((s) => s.end > s.start).map((s) => text.slice(s.start, s.end)),
      })),
      decision: d?.decision ?? 'pending',
      note: d?.note ?? '',
      reviewer: d?.reviewer ?? '',
      reviewed_at: d ? new Date(d.time).toISOString() : '',
    };
  });
}

const COLUMNS = [
  'line',
  'platform',
  'kind',
  'text',
  'reply_to',
  'reader_stage',
  'verdict',
  'fix',
  'warn',
  'info',
  'findings',
  'adapted',
  'decision',
  'note',
  'reviewer',
  'reviewed_at',
] as const;

export function toCsv(rows: readonly ExportedDraft[]): string {
  const lines = [COLUMNS.join(',')];
  for (const r of rows) {
    const count = (s: string) => String(r.findings.filter((f) => f.severity === s).length);
    const values: Record<(typeof COLUMNS)[number], string> = {
      line: r.line === null ? '' : String(r.line),
      platform: r.platform,
      kind: r.kind,
      text: r.text,
      reply_to: r.reply_to,
      reader_stage: r.reader_stage,
      verdict: r.verdict,
      fix: count('fix'),
      warn: count('warn'),
      info: count('info'),
      findings: r.findings.map((f) => `${f.severity} ${f.ruleId}: ${f.message}`).join(' | '),
      adapted: r.adapted.join('\n\n'),
      decision: r.decision,
      note: r.note,
      reviewer: r.reviewer,
      reviewed_at: r.reviewed_at,
    };
    lines.push(COLUMNS.map((c) => spreadsheetField(values[c])).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

export function toJson(rows: readonly ExportedDraft[], source: string, now = Date.now()): string {
  return JSON.stringify({ format: 'postwise-review', exportedAt: new Date(now).toISOString(), source, drafts: rows }, null, 2);
}
