/**
 * Everything the CLI writes about a batch, in one place: a report per draft (readable or one JSON
 * object per line), the lines that could not be read, and the closing summary.
 */
import type { Draft, Report } from '../lib/analysis/schemas';
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

export class ReportWriter {
  readonly tally: Tally = { ok: 0, warn: 0, fix: 0, badLines: 0 };

  constructor(
    private readonly io: Output,
    private readonly options: ReportOptions,
  ) {}

  get checked(): number {
    return this.tally.ok + this.tally.warn + this.tally.fix;
  }

  /** One draft's report, with the draft adapted to its network's norms when --adapt asks for it. */
  report(file: string, line: number, draft: Draft, report: Report, adapted?: readonly string[]): void | Promise<void> {
    this.tally[report.verdict]++;
    const extra = adapted ? { adapted } : {};
    if (this.options.json) return this.io.out(`${JSON.stringify({ line, platform: draft.platform, kind: draft.kind, ...report, ...extra })}\n`);
    return this.io.out(`${formatReport(`${file}:${line}`, draft, report, { colour: this.options.colour, ...extra })}\n`);
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
