/**
 * Everything the CLI writes about a batch, in one place: a report per draft (readable or one JSON
 * object per line), the lines that could not be read, and the closing summary.
 */
import type { Draft, Report, Verdict } from '../lib/analysis/schemas';
import { formatReport } from '../lib/batch/format';

export interface Output {
  /** Writes to standard output; a promise when the reader is slower than the CLI (wait for it). */
  out(text: string): void | Promise<void>;
  err(text: string): void;
}

export interface ReportOptions {
  json: boolean;
  colour: boolean;
}

export interface Tally {
  ok: number;
  warn: number;
  fix: number;
  /** Lines of the files that could not be read. */
  badLines: number;
}

/** One draft's report as the CLI prints it: a JSON line, or the readable block. */
export function reportText(
  file: string,
  line: number,
  draft: Draft,
  report: Report,
  options: ReportOptions,
  adapted?: readonly string[],
): string {
  const extra = adapted ? { adapted } : {};
  if (options.json) return `${JSON.stringify({ line, platform: draft.platform, kind: draft.kind, ...report, ...extra })}\n`;
  return `${formatReport(`${file}:${line}`, draft, report, { colour: options.colour, ...extra })}\n`;
}

/** A report already written out (by a check worker): its verdict, for the tally, and its text. */
export interface ReportLine {
  verdict: Verdict;
  text: string;
}

export class ReportWriter {
  readonly tally: Tally = { ok: 0, warn: 0, fix: 0, badLines: 0 };

  constructor(
    private readonly io: Output,
    readonly options: ReportOptions,
  ) {}

  get checked(): number {
    return this.tally.ok + this.tally.warn + this.tally.fix;
  }

  /** One draft's report, with the draft adapted to its network's norms when --adapt asks for it. */
  report(file: string, line: number, draft: Draft, report: Report, adapted?: readonly string[]): void | Promise<void> {
    return this.reports([{ verdict: report.verdict, text: reportText(file, line, draft, report, this.options, adapted) }]);
  }

  /** Reports written out already, in batch order, in one write. */
  reports(lines: readonly ReportLine[]): void | Promise<void> {
    if (!lines.length) return;
    for (const l of lines) this.tally[l.verdict]++;
    return this.io.out(lines.length === 1 ? lines[0]!.text : lines.map((l) => l.text).join(''));
  }

  /**
   * A line (or a run of lines) that could not be read. Drafts' errors also go to standard output
   * with --json, so every line has its answer there; a history's errors only to standard error.
   */
  unreadable(file: string, line: number, message: string, lines = 1, inDrafts = true): void | Promise<void> {
    this.tally.badLines += lines;
    this.io.err(`${file}:${line}: ${message}\n`);
    if (this.options.json && inDrafts) return this.io.out(`${JSON.stringify({ line, error: message })}\n`);
  }

  /** The closing line of the readable report (none with --json: every line is a report). */
  summary(): void | Promise<void> {
    if (this.options.json) return;
    const { ok, warn, fix, badLines } = this.tally;
    const checked = this.checked;
    return this.io.out(
      `${checked} draft${checked === 1 ? '' : 's'} checked: ${ok} ok, ${warn} warn, ${fix} fix` +
        (badLines ? `; ${badLines} line${badLines === 1 ? '' : 's'} could not be read (see above)` : '') +
        '\n',
    );
  }
}
